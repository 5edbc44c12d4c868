/**
 * Grievance documents ↔ domain records. `_id` is the case id (cases, messages), the requestKey
 * (participants: its uniqueness is then `_id`'s, enforced even before any index is created).
 * Fields are picked by a typed list, so no `_id` or stray field leaks in and a missing field reads null.
 */
import type { CaseMessage, GrievanceCase, Participant } from '../port'
import type { Doc } from './db'

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

const PARTICIPANT_KEYS = ['caseId', 'reporterKey', 'role', 'privacy', 'contactEnc', 'affectedCount', 'joinedAt', 'day'] as const

export const toParticipant = (d: Doc): Participant => ({ requestKey: d._id, ...pick(d, PARTICIPANT_KEYS) }) as Participant

export const participantDoc = (p: Participant): Doc => ({ _id: p.requestKey, ...pick(p, PARTICIPANT_KEYS) })

/** Messages written before `senderKey` existed read it as null (pick maps a missing field to null). */
const MESSAGE_KEYS = ['caseId', 'at', 'from', 'orgId', 'senderKey', 'kind', 'text', 'attachments'] as const

/** `requestKey` (a reply's) is present only where it was written, as in the domain record. */
export const toMessage = (d: Doc): CaseMessage =>
  ({ id: d._id, ...pick(d, MESSAGE_KEYS), ...(typeof d.requestKey === 'string' ? { requestKey: d.requestKey } : {}) }) as CaseMessage

export const messageDoc = (m: CaseMessage): Doc => ({ _id: m.id, ...pick(m, MESSAGE_KEYS), ...(m.requestKey ? { requestKey: m.requestKey } : {}) })
