/**
 * Typed calls to the `grievance` function (contract: issue 3, docs/api.md, cloudfunctions/grievance/actions).
 * Types only from types/grievance.ts: its values carry zod (see docs/frontend.md "Size").
 */
import type {
  Contact,
  GrievanceCategory,
  GrievanceStatus,
  HistoryEntry,
  Outcome,
  PrivacyMode,
  ReporterView,
  RouteReason,
} from '../../types/grievance'
import type { OrgStats } from '../../types/grievance-stats'
import type { Page } from '../../types/zod'
import { call, NETWORK_ERROR } from './api'
import { transport } from './transports'
import type { Transport, UploadPhoto } from './transport'

export type SubmitRequest = {
  requestId: string
  enterpriseId?: string
  enterpriseName?: string
  townId?: string
  category: GrievanceCategory
  urgent: boolean
  affectedCount: number
  privacy: PrivacyMode
  description: string
  contact?: Contact
  /** File ids from `upload`, at most 9; sent only when there are some. */
  attachments?: string[]
}
export type SubmitResult = {
  id: string
  receipt: string
  status: GrievanceStatus
  assignedOrgId: string
  routeReason: RouteReason
  acceptBy: string
  acceptByEstimated?: boolean
  /** In the reporter's words, naming the mode they chose. */
  routeExplanation?: string
}

/** Fields both the worker's and the officer's view of a case carry (cloudfunctions/grievance/lib/views.ts). */
export type CaseViewBase = {
  id: string
  status: GrievanceStatus
  category: GrievanceCategory
  urgent: boolean
  enterpriseName: string | null
  affectedCount: number
  participantCount: number
  assignedOrgId: string
  assignedOrgName: string
  routeReason: RouteReason
  routeExplanation: string
  acceptBy: string
  acceptByLabel: string
  acceptByEstimated: boolean
  resolveBy: string | null
  resolveByLabel: string | null
  paused: boolean
  supervised: boolean
  overdue: boolean
  outcome: Outcome | null
  summary: string | null
  resolvedAt: string | null
  rating: number | null
  linkedCaseId: string | null
  createdAt: string
  history: HistoryEntry[]
  orgNames: Record<string, string>
  description: string | null
  /** Evidence photos as 5-minute links: all for an officer, the reporter's own for a worker, [] for a joiner. */
  photos: string[]
}
/** `privacy`: the worker's own choice (their explanations name it). */
export type WorkerCaseView = CaseViewBase & { role: 'reporter' | 'joiner' | null; receipt: string | null; privacy?: PrivacyMode | null }
export type OfficerReporter = ReporterView & { reporterId: string; role: 'reporter' | 'joiner'; affectedCount: number }
export type OfficerCaseView = CaseViewBase & {
  enterpriseId: string | null
  supervisedForMe: boolean
  reporters: OfficerReporter[]
}
export type CaseView = WorkerCaseView | OfficerCaseView
export const isOfficerView = (v: CaseView): v is OfficerCaseView => 'reporters' in v

export type MineItem = {
  id: string
  role: 'reporter' | 'joiner'
  category: GrievanceCategory
  status: GrievanceStatus
  enterpriseName: string | null
  createdAt: string
  acceptBy: string
  acceptByLabel: string
  supervised: boolean
}
export type QueueItem = {
  id: string
  category: GrievanceCategory
  status: GrievanceStatus
  urgent: boolean
  affectedCount: number
  /** Workers who reported it together (the reporter and those who joined). */
  participantCount: number
  enterpriseName: string | null
  assignedOrgId: string
  acceptBy: string
  acceptByLabel: string
  resolveBy: string | null
  supervised: boolean
  overdue: boolean
  late: boolean
  supervisedForMe: boolean
  /** 欠薪预警: opened by a wage-arrears zero-report (issue 13). */
  earlyWarning?: boolean
}
export type Collective = { caseId: string; affectedCount: number; participantCount: number }
export type JoinRequest = { caseId: string; requestId: string; privacy: PrivacyMode; contact?: Contact; affectedCount: number }
export type JoinResult = {
  id: string
  status: GrievanceStatus
  assignedOrgId: string
  routeReason: RouteReason
  acceptBy: string
  affectedCount: number
  participantCount: number
}
export type CaseMessage = {
  id: string
  at: string
  from: 'worker' | 'officer'
  orgId: string | null
  kind: 'message' | 'info_request' | 'info_reply'
  text: string
  /** 5-minute links to the message's photos. */
  photos: string[]
  /** Worker view: the caller's own message (a worker never receives a co-worker's). */
  mine?: boolean
  /** Officer view of a worker's message: '职工', and the index in the case's `reporters` (null if unknown). */
  sender?: string
  reporterId?: string | null
}
/** A shrunk photo: its bytes as base64, and on weapp the file they were read from (`path`). */
export type UploadRequest = UploadPhoto

/**
 * One evidence photo → its `fileId`. On CloudBase (weapp, and H5 built for production) the bytes go straight to cloud
 * storage (`uploadSlot`, the transport's `uploadFile`, `finishUpload`): a function call carries at most 100 KB of text
 * and a shrunk phone photo is 200–600 KB. Where the slot has no path (the local host), the bytes go in the call.
 */
async function uploadPhoto(photo: UploadRequest) {
  const { contentType, dataBase64 } = photo
  let t: Transport
  try {
    t = await transport()
  } catch {
    return { ok: false as const, error: NETWORK_ERROR }
  }
  if (t.uploads(photo)) {
    const slot = await call<{ cloudPath: string | null }>('grievance', 'uploadSlot', { contentType })
    if (!slot.ok) return slot
    if (slot.data.cloudPath) {
      let fileId: string
      try {
        fileId = await t.uploadFile(slot.data.cloudPath, photo)
      } catch {
        return { ok: false as const, error: NETWORK_ERROR }
      }
      return call<{ fileId: string }>('grievance', 'finishUpload', { contentType, fileId })
    }
  }
  return call<{ fileId: string }>('grievance', 'upload', { contentType, dataBase64 })
}

export type RoutePreview = { orgId: string; orgName: string; routeExplanation: string; acceptByLabel: string; acceptByEstimated: boolean }
export type PreviewRequest = Pick<SubmitRequest, 'enterpriseId' | 'townId' | 'urgent' | 'affectedCount' | 'privacy'>

export type QueueFilter = { status?: GrievanceStatus; overdue?: boolean; supervised?: boolean }

/** One 消息 entry (cloudfunctions/grievance/actions/inbox.ts). `grievance.checkin` asks about retaliation. */
export type InboxEntry = { id: string; at: string; type: string; caseId: string | null; title: string; body: string; read: boolean }
export type InboxReply = { mine: Page<InboxEntry>; org: (Page<InboxEntry> & { orgId: string }) | null }
export type CheckinAnswer = { answer: 'yes' | 'no'; caseId: string | null }

export type { OrgStats }
export type StatsRow = { org: { id: string; name: string; type: string }; stats: OrgStats }
export type StatsRange = { from?: string; to?: string }
export type StatsReply = { orgId: string; from: string | null; to: string | null; cases: number; truncated: boolean; org: StatsRow; children: StatsRow[] }
export type StatsCsv = { filename: string; csv: string; truncated: boolean }

/** Only the ends that are set: an absent end means "from the start" / "until now". */
const days = ({ from, to }: StatsRange) => ({ ...(from ? { from } : {}), ...(to ? { to } : {}) })

export const grievanceApi = {
  submit: (input: SubmitRequest) => call<SubmitResult>('grievance', 'submit', input),
  preview: (input: PreviewRequest) => call<RoutePreview>('grievance', 'preview', input),
  get: (id: string) => call<CaseView>('grievance', 'get', { id }),
  byReceipt: (receipt: string) => call<WorkerCaseView>('grievance', 'byReceipt', { receipt }),
  mine: (after?: string) => call<Page<MineItem>>('grievance', 'mine', after ? { after, limit: 20 } : { limit: 20 }),
  queue: (filter: QueueFilter, after?: string) =>
    call<Page<QueueItem> & { orgId: string }>('grievance', 'queue', { ...filter, limit: 20, ...(after ? { after } : {}) }),
  accept: (id: string) => call<{ id: string; status: GrievanceStatus }>('grievance', 'accept', { id }),
  transfer: (input: { id: string; toOrgId: string; reason: string }) => call<{ id: string }>('grievance', 'transfer', input),
  resolve: (input: { id: string; outcome: Outcome; summary: string }) => call<{ id: string }>('grievance', 'resolve', input),
  requestInfo: (input: { id: string; question: string }) => call<{ id: string }>('grievance', 'requestInfo', input),
  revealContact: (input: { id: string; reporterId: string }) =>
    call<{ id: string; reporterId: string; name: string; phone: string }>('grievance', 'revealContact', input),
  // Both sides: an officer's reply to the workers, or a worker's message (answering a request restarts the clock).
  /** `requestId`: one per message; the same again (a retry) returns the first reply instead of sending a second. */
  reply: (input: { id: string; text: string; requestId: string; attachments?: string[] }) => call<{ id: string }>('grievance', 'reply', input),
  // Evidence photo for `submit`/`reply` attachments (workers and officers upload their own).
  upload: uploadPhoto,
  messages: (id: string, after?: string) => call<Page<CaseMessage>>('grievance', 'messages', { id, limit: 50, ...(after ? { after } : {}) }),
  // Worker-only.
  collective: (input: { enterpriseId: string; category: GrievanceCategory }) => call<Collective | null>('grievance', 'collective', input),
  join: (input: JoinRequest) => call<JoinResult>('grievance', 'join', input),
  confirm: (id: string) => call<{ id: string }>('grievance', 'confirm', { id }),
  rate: (input: { id: string; score: number; comment?: string }) => call<{ id: string }>('grievance', 'rate', input),
  reopen: (input: { id: string; reason: string }) => call<{ id: string }>('grievance', 'reopen', input),
  inbox: (cursors: { after?: string; orgAfter?: string } = {}) => call<InboxReply>('grievance', 'inbox', { ...cursors, limit: 20 }),
  markRead: (id: string) => call<{ id: string; read: true }>('grievance', 'markRead', { id }),
  answerCheckin: (inboxId: string, answer: 'yes' | 'no') => call<CheckinAnswer>('grievance', 'answerCheckin', { inboxId, answer }),
  // Officer-only: figures for an org in the caller's scope, or the same as a CSV file.
  stats: (orgId: string, range: StatsRange) => call<StatsReply>('grievance', 'stats', { orgId, ...days(range), format: 'json' }),
  statsCsv: (orgId: string, range: StatsRange) => call<StatsCsv>('grievance', 'stats', { orgId, ...days(range), format: 'csv' }),
}
