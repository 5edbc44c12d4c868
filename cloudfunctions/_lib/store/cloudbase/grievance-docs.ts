/**
 * Grievance documents ↔ domain records. `_id` is the case id.
 * Fields are picked by a typed list, so no `_id` or stray field leaks in and a missing field reads null.
 *
 * A case document embeds its participants (decision 0021): `participants` (the reporter first, then joiners in the
 * order they joined; contacts stay encrypted) and two flat arrays for the multikey indexes, `requestKeys`
 * (unique: the idempotency guard of submissions and joins) and `participantKeys` (the reporterKeys: a worker's
 * cases). It embeds its thread too (decision 0024): `messages`, in the order they were written, and
 * `messageRequestKeys`, the replies' request keys (a reply is written once per case). `toCase` picks the case
 * fields only, so a `GrievanceCase` never carries any of them.
 */
import { reporterFirst } from '../cursor'
import type { CaseMessage, CaseWithParticipants, GrievanceCase, Page, Participant } from '../port'
import { clampLimit, pageOf, type Db, type Doc } from './db'

/** Every GrievanceCase field but `id` (the compiler checks the list is complete). */
const CASE_FIELDS: { [K in Exclude<keyof GrievanceCase, 'id'>]-?: true } = {
  receiptHash: true,
  receiptEnc: true,
  enterpriseId: true,
  enterpriseName: true,
  townId: true,
  category: true,
  urgent: true,
  affectedCount: true,
  strictPrivacy: true,
  description: true,
  attachments: true,
  status: true,
  assignedOrgId: true,
  assignedPath: true,
  routeReason: true,
  receivedAt: true,
  acceptBy: true,
  acceptByEstimated: true,
  acceptedAt: true,
  resolveBy: true,
  pausedSince: true,
  pausedMs: true,
  supervised: true,
  supervisorOrgId: true,
  overdue: true,
  outcome: true,
  summary: true,
  resolvedAt: true,
  closedAt: true,
  rating: true,
  ratingComment: true,
  reopenCount: true,
  linkedCaseId: true,
  participantCount: true,
  createdAt: true,
  escalateAt: true,
  superviseAt: true,
  history: true,
  missedPaths: true,
  version: true,
  earlyWarning: true,
}
const CASE_KEYS = Object.keys(CASE_FIELDS) as Array<keyof typeof CASE_FIELDS>

function pick(source: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, source[k] ?? null]))
}

/** A case written before `missedPaths` existed reads it as [] (docs/cloudbase.md: no misses recorded for it). */
export const toCase = (d: Doc): GrievanceCase => {
  const c = { id: d._id, ...pick(d, CASE_KEYS), missedPaths: d.missedPaths ?? [] } as GrievanceCase
  if (!c.earlyWarning) delete c.earlyWarning // only an early-warning case has the field (issue 13)
  return c
}

/** The whole case minus its id: written by `add` and, field by field, by the conditional update. */
export const caseFields = (c: GrievanceCase): Record<string, unknown> => pick(c, CASE_KEYS)

/** A participant as embedded in its case document (the case is the document: no caseId). */
const PARTICIPANT_KEYS = ['reporterKey', 'role', 'privacy', 'contactEnc', 'affectedCount', 'requestKey', 'joinedAt', 'day'] as const

export const participantEntry = (p: Participant): Record<string, unknown> => pick(p, PARTICIPANT_KEYS)

const byJoining = (a: Participant, b: Participant) =>
  a.joinedAt < b.joinedAt ? -1 : a.joinedAt > b.joinedAt ? 1 : a.requestKey < b.requestKey ? -1 : a.requestKey > b.requestKey ? 1 : 0

/** The participants embedded in a case document (absent: none): the reporter first, then joiners by (joinedAt, requestKey). */
export const toParticipants = (d: Doc): Participant[] => {
  const entries = Array.isArray(d.participants) ? (d.participants as Array<Record<string, unknown>>) : []
  return reporterFirst(entries.map((e) => ({ caseId: d._id, ...pick(e, PARTICIPANT_KEYS) }) as Participant).sort(byJoining))
}

export const withParticipants = (d: Doc): CaseWithParticipants => ({ c: toCase(d), participants: toParticipants(d) })

/** A new case document: the case and its first participant, with the index arrays. */
export const caseDoc = (c: GrievanceCase, reporter: Participant): Doc => ({
  _id: c.id,
  ...caseFields(c),
  participants: [participantEntry(reporter)],
  requestKeys: [reporter.requestKey],
  participantKeys: [reporter.reporterKey],
})

/** Read without the embedded participants and thread: case lists and `get` carry no identity over the wire either. */
export const CASE_ONLY = {
  participants: false, requestKeys: false, participantKeys: false, messages: false, messageRequestKeys: false,
} as const
/** A case with its participants, without its thread (every action but the conversation's). */
export const WITHOUT_THREAD = { messages: false, messageRequestKeys: false } as const
/** A case with its participants and thread, without the index arrays (the conversation view). */
export const WITH_THREAD = { requestKeys: false, participantKeys: false, messageRequestKeys: false } as const
/** A case with its thread, without the participants and index arrays (a retried reply's look-up). */
export const CASE_AND_THREAD = { participants: false, requestKeys: false, participantKeys: false, messageRequestKeys: false } as const

/** A message as embedded in its case document (the case is the document: no caseId). Written before `senderKey` existed: null. */
const MESSAGE_KEYS = ['id', 'at', 'from', 'orgId', 'senderKey', 'kind', 'text', 'attachments'] as const

/** `requestKey` (a reply's) is present only where it was written, as in the domain record. */
export const messageEntry = (m: CaseMessage): Record<string, unknown> => ({
  ...pick(m, MESSAGE_KEYS),
  ...(m.requestKey ? { requestKey: m.requestKey } : {}),
})

const byId = (a: CaseMessage, b: CaseMessage) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** The thread embedded in a case document (absent: none), by id: oldest first (ids are time-ordered). */
export const toMessages = (d: Doc): CaseMessage[] => {
  const entries = Array.isArray(d.messages) ? (d.messages as Array<Record<string, unknown>>) : []
  return entries
    .map((e) => ({ ...pick(e, MESSAGE_KEYS), caseId: d._id, ...(typeof e.requestKey === 'string' ? { requestKey: e.requestKey } : {}) }) as CaseMessage)
    .sort(byId)
}

/** One page of the embedded thread, as a keyset page by id would give it (the thread is read whole, paged here). */
export const threadPage = (d: Doc, after: string | undefined, limit: number): Page<CaseMessage> => {
  const size = clampLimit(limit)
  const rest = toMessages(d).filter((m) => after === undefined || m.id > after)
  return pageOf(rest.slice(0, size), size, (m) => m.id)
}

/** The update that appends `m` to its case's thread (and its request key, when it has one). */
export const pushMessage = (command: Db['command'], m: CaseMessage): Record<string, unknown> => ({
  messages: command.push({ each: [messageEntry(m)] }),
  ...(m.requestKey ? { messageRequestKeys: command.push({ each: [m.requestKey] }) } : {}),
})
