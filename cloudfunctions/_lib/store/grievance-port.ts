/**
 * Store ports for grievance reporting (issue 3). Same rules as port.ts: keyset pages, single-document atomic
 * writes guarded by `version`, no joins, every list backed by an index in both adapters.
 *
 * Privacy by construction: a case record (`GrievanceCase`) holds NO reporter identity. Who reported (or joined) is
 * a participant record keyed by `reporterKey` = HMAC(openid), with contact details encrypted, read through the
 * participant methods below. Officers' views are built from the case plus participants filtered by each
 * participant's privacy mode. Where they are stored is the adapter's: SQLite keeps a participants table; the
 * CloudBase case document embeds them (one read, one write: decision 0021) and the adapter strips them from every
 * `GrievanceCase` it returns. A case's messages are the same: SQLite keeps a messages table, the CloudBase case
 * document embeds its thread (decision 0024), so a message lands with the case change it belongs to.
 */
import type { Page } from '../../../types/zod'
import type { HistoryEntry } from '../../../types/grievance'
import type { CaseState } from '../domain/grievance/case'
import type { EnterpriseCases } from '../domain/radar/signals'

export type { HistoryEntry }

export type CaseStatus = CaseState['status']

/** A stored case: the placement/clock state the pure rules work on (`CaseState`), plus what the case is about. */
export type GrievanceCase = CaseState & {
  id: string
  /** HMAC of the 16-digit receipt code: look-up without storing the code in clear. */
  receiptHash: string
  /** The receipt code encrypted, so the reporter can see it again in the app. */
  receiptEnc: string
  enterpriseId: string | null
  enterpriseName: string | null
  townId: string | null
  category: string
  description: string
  attachments: string[]
  outcome: string | null
  summary: string | null
  resolvedAt: string | null
  closedAt: string | null
  rating: number | null
  ratingComment: string | null
  reopenCount: number
  /** A retaliation case links to the case it follows. */
  linkedCaseId: string | null
  participantCount: number
  createdAt: string
  history: HistoryEntry[]
  version: number
  /** Opened by a wage-arrears zero-report (欠薪预警, issue 13): the report it came from. Absent on every other case. */
  earlyWarning?: EarlyWarning
}

export type EarlyWarning = { arrearsReportId: string; month: string }

export type Participant = {
  caseId: string
  reporterKey: string
  role: 'reporter' | 'joiner'
  privacy: 'named' | 'employer_blind' | 'anonymous'
  /** Encrypted JSON `{ name, phone }`; null for anonymous participants. */
  contactEnc: string | null
  affectedCount: number
  /** Idempotency: HMAC(openid + requestId). Unique. */
  requestKey: string
  joinedAt: string
  /** Shanghai day of joining/submitting (`YYYY-MM-DD`): the daily submission limit counts these. */
  day: string
}

export type CaseMessage = {
  id: string
  caseId: string
  at: string
  from: 'worker' | 'officer'
  /** Officer messages carry the org (never a worker's identity). */
  orgId: string | null
  /**
   * The sending worker's reporterKey (HMAC of the openid), so each worker on a collective case can find their own
   * messages; null for officer messages. Server-side only: never sent to a client.
   */
  senderKey: string | null
  kind: 'message' | 'info_request' | 'info_reply'
  text: string
  attachments: string[]
  /** Idempotency of `reply`: HMAC(openid + case + requestId), unique. Absent on other messages. Server-side only. */
  requestKey?: string
}

export type QueueFilter = { status?: CaseStatus; overdue?: boolean; supervised?: boolean }

/** A case with every participant: the reporter first, then joiners by joinedAt (then requestKey). */
export type CaseWithParticipants = { c: GrievanceCase; participants: Participant[] }

/** A case, its participants and one page of its messages (id ascending), in one read: the conversation view. */
export type CaseWithMessages = CaseWithParticipants & { messages: Page<CaseMessage> }

/** What `join` did: `stale` — the case moved on (or already holds this worker), nothing written; `duplicate` — the requestKey is taken. */
export type JoinResult = 'joined' | 'stale' | 'duplicate'

export interface GrievanceStore {
  /** Inserts the case and its first participant, both or neither. Returns false when the participant's requestKey exists. */
  create(c: GrievanceCase, reporter: Participant): Promise<boolean>
  get(id: string): Promise<GrievanceCase | null>
  /** The case and its participants in one read (CloudBase: one request). */
  getWithParticipants(id: string): Promise<CaseWithParticipants | null>
  /** The case whose receipt code hashes to `hash`, and its participants, in one read (the receipt look-up). */
  getWithParticipantsByReceiptHash(hash: string): Promise<CaseWithParticipants | null>
  /** Full replace iff the stored version is `c.version - 1`; false on a lost race. */
  update(c: GrievanceCase): Promise<boolean>
  /**
   * Adds `joiner` to the case and replaces the case with `c` in one atomic write, iff the stored version is
   * `c.version - 1` and the case does not hold `joiner.reporterKey` yet (else `stale`); `duplicate` when
   * `joiner.requestKey` is any participant's already. Nothing is written unless `joined`.
   */
  join(c: GrievanceCase, joiner: Participant): Promise<JoinResult>
  /** Cases assigned to `orgId`, ordered by (acceptBy, id) — the nearest deadline first. Cursor = `${acceptBy}|${id}`. */
  listQueue(orgId: string, filter: QueueFilter, after: string | undefined, limit: number): Promise<Page<GrievanceCase>>
  /** Supervised cases whose supervisor is `orgId`, same order. */
  listSupervisedFor(orgId: string, after: string | undefined, limit: number): Promise<Page<GrievanceCase>>
  /** Cases whose `escalateAt` / `superviseAt` ≤ now, ordered by that key then id. Cost grows with due cases only. Cursor = `${key}|${id}`. */
  listDue(kind: 'escalate' | 'supervise', now: string, after: string | undefined, limit: number): Promise<Page<GrievanceCase>>
  /** Open (not resolved/closed) cases at an enterprise in a category, most affected first, at most `limit`. */
  listOpenAt(enterpriseId: string, category: string, limit: number): Promise<GrievanceCase[]>
  /**
   * Cases in an org subtree (path prefix) created within [from, to): for statistics. Ordered by (createdAt, id) —
   * the order an index on the time window yields — cursor = `${createdAt}|${id}`.
   */
  listForStats(pathPrefix: string, from: string, to: string, after: string | undefined, limit: number): Promise<Page<GrievanceCase>>
  /**
   * Cases created within [from, to) that were escalated away from an org in the subtree (any of `missedPaths`
   * under the prefix), wherever they are held now: an org's own misses after the case climbed above it. Each
   * case once, same order and cursor as listForStats.
   */
  listMissedFrom(pathPrefix: string, from: string, to: string, after: string | undefined, limit: number): Promise<Page<GrievanceCase>>
  /**
   * The risk radar's pass (issue 13 §3): the cases of a town (`townId`) created at or after `since` that name an
   * enterprise, tallied per enterprise and category (an unknown category as `other`), named and protected apart, each
   * with its collective ones. Collective: `affectedCount` or `participantCount` ≥ `collectiveFrom`; protected:
   * `strictPrivacy` is not `named`. One entry per enterprise with a case, in no particular order. SQLite: read from
   * counters the triggers keep (migration 018); CloudBase: one indexed pass, a request per 1,000 cases.
   */
  countsByEnterprise(q: { townId: string; since: string; collectiveFrom: number }): Promise<EnterpriseCases[]>

  /** The case a participant's requestKey was written on, and that participant (a retried submission finds its case). */
  getByRequestKey(requestKey: string): Promise<{ c: GrievanceCase; participant: Participant } | null>
  /** Every participant of the case: the reporter first, then joiners by joinedAt (then requestKey). */
  listParticipants(caseId: string): Promise<Participant[]>
  /** A worker's cases (as reporter or joiner), newest first. Cursor = caseId. */
  listByReporter(reporterKey: string, after: string | undefined, limit: number): Promise<Page<Participant>>

  /**
   * Adds the message to its case (`m.caseId`); false, nothing written, when the case already holds a message under
   * `m.requestKey` (a retried reply: a reply's key names its case), already holds MAX_CASE_MESSAGES messages, or there
   * is no such case.
   */
  addMessage(m: CaseMessage): Promise<boolean>
  /** How many messages the case holds (0 for no such case): why an addMessage was refused, read only then. */
  countMessages(caseId: string): Promise<number>
  /**
   * Replaces the case with `c` and adds `m` to it in one atomic write, both or neither: iff the stored version is
   * `c.version - 1` and the case holds no message under `m.requestKey`; else false, nothing written. The case
   * changes that come with a message (a request for information, the answer to it, a reopening) use it.
   */
  updateWithMessage(c: GrievanceCase, m: CaseMessage): Promise<boolean>
  /** The message written on the case under this request key (a retried reply), with the case as it is now; or null. */
  getMessageByRequestKey(caseId: string, requestKey: string): Promise<{ c: GrievanceCase; m: CaseMessage } | null>
  /** Messages by id, oldest first. Cursor = id. */
  listMessages(caseId: string, after: string | undefined, limit: number): Promise<Page<CaseMessage>>
  /** The case, its participants and the page `listMessages(id, after, limit)` would return, in one read (CloudBase: one request). */
  getWithMessages(id: string, after: string | undefined, limit: number): Promise<CaseWithMessages | null>
}

/**
 * The most messages `addMessage` puts on one case. A case's messages live in its one document on CloudBase
 * (decision 0024): without a cap a flood of replies would grow it towards the document size limit, after which no one
 * could write the case at all. 300 is several times the longest thread a real case needs; the state changes that carry
 * a message (`updateWithMessage`: a request for information, its answer, a reopening) are not capped — each needs a
 * step by the other side first.
 */
export const MAX_CASE_MESSAGES = 300

/** The participant and message look-ups of GrievanceStore: each adapter implements them in its own file. */
export type ParticipantMethods = Pick<
  GrievanceStore,
  | 'getByRequestKey'
  | 'listParticipants'
  | 'listByReporter'
  | 'addMessage'
  | 'countMessages'
  | 'getMessageByRequestKey'
  | 'listMessages'
  | 'getWithMessages'
>

export type InboxItem = {
  id: string
  /** HMAC(openid) for workers, or `org:<orgId>` for an org's officers. */
  recipientKey: string
  at: string
  /** e.g. grievance.accepted, grievance.reply, grievance.checkin — never names, ID numbers or descriptions. */
  type: string
  caseId: string | null
  title: string
  body: string
  read: boolean
  /** For retaliation check-ins: the question awaits an answer. */
  dueAt?: string | null
}

export interface InboxStore {
  add(item: InboxItem): Promise<void>
  /** Items with `after` < id < `before`, oldest first (the subscribe-message queue step walks the inbox by id). */
  listBetween(after: string | null, before: string, limit: number): Promise<InboxItem[]>
  /**
   * The items of one recipient key, or of several merged (a worker reads theirs under unrelated keys:
   * grievance/lib/worker-inbox.ts), newest first, in one read. Cursor = id (ids are unique and time-ordered).
   */
  list(recipientKeys: string | readonly string[], after: string | undefined, limit: number): Promise<Page<InboxItem>>
  get(id: string): Promise<InboxItem | null>
  markRead(id: string): Promise<void>
  /**
   * Marks the item read iff it is addressed to `recipientKey` and is of `type`, and returns it (read) in the same
   * step (CloudBase: one find-and-modify); null, nothing written, when there is no such item. An answer takes its
   * question this way before acting on it, and gives it back (`markUnread`) if the act fails.
   */
  markReadFor(id: string, recipientKey: string, type: string): Promise<InboxItem | null>
  markUnread(id: string): Promise<void>
}

export type ScheduledCheckin = { id: string; caseId: string; reporterKey: string; dueAt: string; sent: boolean; kind: 'day30' | 'day90' }

export interface CheckinStore {
  /** Scheduling an id that exists keeps the stored check-in (idempotent). */
  schedule(c: ScheduledCheckin): Promise<void>
  /** Unsent check-ins due by `now`, ordered by dueAt then id. Cursor = `${dueAt}|${id}`. */
  listDue(now: string, after: string | undefined, limit: number): Promise<Page<ScheduledCheckin>>
  /** Marks the check-in sent iff it is still unsent: true once, then false (two racing sweeps send it once). */
  markSent(id: string): Promise<boolean>
}

/**
 * A place handed to a mini-program to upload one evidence photo itself (`grievance.uploadSlot`), kept so a
 * slot the client never finished can be found and its file removed without listing the storage.
 * `key` is the files-port key (`incoming/<id>-<tag>.<ext>`); `id` is the `<id>` in it.
 */
export type UploadSlot = { id: string; key: string; issuedAt: string; finishedAt: string | null }

export interface UploadSlotStore {
  /** Records an unfinished slot. Issuing an id that exists keeps the stored slot (idempotent). */
  issue(slot: { id: string; key: string; issuedAt: string }): Promise<void>
  /** Marks the slot finished iff it is still unfinished: true once, then false (and false for an unknown id). */
  finish(id: string, at: string): Promise<boolean>
  /** Unfinished slots issued before `before` (exclusive), ordered by issuedAt then id. Cursor = `${issuedAt}|${id}`. */
  listAbandoned(before: string, after: string | undefined, limit: number): Promise<Page<UploadSlot>>
  /** Deletes the slot iff it is still unfinished (a slot finished meanwhile is kept): true when it was deleted. */
  forget(id: string): Promise<boolean>
}
