/**
 * Membership documents ↔ domain records (`membership_applications`, `members`; `_id` = the domain id).
 * Fields are picked by typed lists (the compiler checks they are complete), so no `_id` or stray field
 * leaks in and a missing field reads null. Nested objects (consents, workplace) are sub-documents.
 */
import type { Application, Member } from '../port'
import type { Db, Doc } from './db'

type Fields<T> = { [K in Exclude<keyof T, 'id'>]-?: true }

const PERSON = {
  idHash: true,
  idEnc: true,
  phoneHash: true,
  phoneEnc: true,
  nameEnc: true,
  nameMasked: true,
  idMasked: true,
  phoneMasked: true,
} as const

const APPLICATION_FIELDS: Fields<Application> = {
  ...PERSON,
  kind: true,
  status: true,
  enterpriseId: true,
  enterpriseName: true,
  townId: true,
  noFixedEmployer: true,
  occupation: true,
  residenceTownId: true,
  employerBlind: true,
  identityConflict: true,
  applicantKey: true,
  holderKey: true,
  requestKey: true,
  memberId: true,
  fromOrgId: true,
  consents: true,
  assignedOrgId: true,
  assignedPath: true,
  routeReason: true,
  receivedAt: true,
  reviewBy: true,
  reviewByEstimated: true,
  escalateAt: true,
  overdue: true,
  rejectReason: true,
  rejectNote: true,
  decidedAt: true,
  decidedBy: true,
  createdAt: true,
  history: true,
  version: true,
}

const MEMBER_FIELDS: Fields<Member> = {
  ...PERSON,
  memberNo: true,
  holderKey: true,
  orgId: true,
  orgPath: true,
  status: true,
  since: true,
  statusReason: true,
  applicationId: true,
  workplace: true,
  history: true,
  updatedAt: true,
  version: true,
}

const APPLICATION_KEYS = Object.keys(APPLICATION_FIELDS)
const MEMBER_KEYS = Object.keys(MEMBER_FIELDS)

function pick(source: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, source[k] ?? null]))
}

/** Documents written before `identityConflict` existed lack it: not flagged. */
export const toApplication = (d: Doc): Application =>
  ({ id: d._id, ...pick(d, APPLICATION_KEYS), identityConflict: d.identityConflict === true }) as Application
export const applicationDoc = (a: Application): Doc => ({ _id: a.id, ...pick(a, APPLICATION_KEYS) })

export const toMember = (d: Doc): Member => ({ id: d._id, ...pick(d, MEMBER_KEYS) }) as Member
export const memberDoc = (m: Member): Doc => ({ _id: m.id, ...pick(m, MEMBER_KEYS) })

/**
 * The fields of a full-replace update. The SDK flattens a plain nested object into dotted paths (which
 * would keep a sub-field the new value lacks); `_.set` writes the sub-document whole instead.
 */
export function replaceFields(db: Db, doc: Doc): Record<string, unknown> {
  const { _id: _ignored, ...fields } = doc
  return Object.fromEntries(
    Object.entries(fields).map(([k, v]) => [k, v !== null && typeof v === 'object' && !Array.isArray(v) ? db.command.set(v) : v]),
  )
}
