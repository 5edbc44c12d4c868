/**
 * Row ↔ domain mapping for the grievance tables. A case has forty fields, so its mapping is driven
 * by one typed table (CASE_COLUMNS: every GrievanceCase field, checked by the compiler) instead of
 * forty hand-written lines each way; the column is the field name in snake_case.
 */
import type { CaseMessage, GrievanceCase, Participant } from '../port'

/** `optional`: JSON, and a null column leaves the field out of the record (a field most cases do not have). */
type Kind = 'value' | 'bool' | 'json' | 'optional'

const CASE_COLUMNS: { [K in keyof GrievanceCase]-?: Kind } = {
  id: 'value',
  receiptHash: 'value',
  receiptEnc: 'value',
  enterpriseId: 'value',
  enterpriseName: 'value',
  townId: 'value',
  category: 'value',
  urgent: 'bool',
  affectedCount: 'value',
  strictPrivacy: 'value',
  description: 'value',
  attachments: 'json',
  status: 'value',
  assignedOrgId: 'value',
  assignedPath: 'value',
  routeReason: 'value',
  receivedAt: 'value',
  acceptBy: 'value',
  acceptByEstimated: 'bool',
  acceptedAt: 'value',
  resolveBy: 'value',
  pausedSince: 'value',
  pausedMs: 'value',
  supervised: 'bool',
  supervisorOrgId: 'value',
  overdue: 'bool',
  outcome: 'value',
  summary: 'value',
  resolvedAt: 'value',
  closedAt: 'value',
  rating: 'value',
  ratingComment: 'value',
  reopenCount: 'value',
  linkedCaseId: 'value',
  participantCount: 'value',
  createdAt: 'value',
  escalateAt: 'value',
  superviseAt: 'value',
  history: 'json',
  missedPaths: 'json',
  version: 'value',
  earlyWarning: 'optional',
}

const snake = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
const FIELDS = Object.entries(CASE_COLUMNS).map(([field, kind]) => ({ field, kind, column: snake(field) }))

export type CaseRow = Record<string, string | number | null>

/** Column names in field order: the INSERT and UPDATE statements are built from them. */
export const CASE_COLUMN_NAMES = FIELDS.map((f) => f.column)

export function toCase(row: CaseRow): GrievanceCase {
  const out: Record<string, unknown> = {}
  for (const { field, kind, column } of FIELDS) {
    const value = row[column]
    if (kind === 'optional') {
      if (value !== null && value !== undefined) out[field] = JSON.parse(String(value))
      continue
    }
    out[field] = kind === 'bool' ? value === 1 : kind === 'json' ? JSON.parse(String(value)) : value
  }
  return out as GrievanceCase
}

export function fromCase(c: GrievanceCase): CaseRow {
  const row: CaseRow = {}
  for (const { field, kind, column } of FIELDS) {
    const value = c[field as keyof GrievanceCase]
    if (kind === 'optional') {
      row[column] = value === undefined || value === null ? null : JSON.stringify(value)
      continue
    }
    row[column] = kind === 'bool' ? (value ? 1 : 0) : kind === 'json' ? JSON.stringify(value) : (value as string | number | null)
  }
  return row
}

export type ParticipantRow = {
  case_id: string
  reporter_key: string
  role: Participant['role']
  privacy: Participant['privacy']
  contact_enc: string | null
  affected_count: number
  request_key: string
  joined_at: string
  day: string
}

export const toParticipant = (r: ParticipantRow): Participant => ({
  caseId: r.case_id,
  reporterKey: r.reporter_key,
  role: r.role,
  privacy: r.privacy,
  contactEnc: r.contact_enc,
  affectedCount: r.affected_count,
  requestKey: r.request_key,
  joinedAt: r.joined_at,
  day: r.day,
})

export const fromParticipant = (p: Participant): ParticipantRow => ({
  case_id: p.caseId,
  reporter_key: p.reporterKey,
  role: p.role,
  privacy: p.privacy,
  contact_enc: p.contactEnc,
  affected_count: p.affectedCount,
  request_key: p.requestKey,
  joined_at: p.joinedAt,
  day: p.day,
})

export type MessageRow = {
  id: string
  case_id: string
  at: string
  sender: CaseMessage['from']
  org_id: string | null
  sender_key: string | null
  kind: CaseMessage['kind']
  text: string
  attachments: string
  request_key: string | null
}

export const toMessage = (r: MessageRow): CaseMessage => ({
  id: r.id,
  caseId: r.case_id,
  at: r.at,
  from: r.sender,
  orgId: r.org_id,
  senderKey: r.sender_key,
  kind: r.kind,
  text: r.text,
  attachments: JSON.parse(r.attachments) as string[],
  ...(r.request_key === null ? {} : { requestKey: r.request_key }),
})

export const fromMessage = (m: CaseMessage): MessageRow => ({
  id: m.id,
  case_id: m.caseId,
  at: m.at,
  sender: m.from,
  org_id: m.orgId,
  sender_key: m.senderKey,
  kind: m.kind,
  text: m.text,
  attachments: JSON.stringify(m.attachments),
  request_key: m.requestKey ?? null,
})
