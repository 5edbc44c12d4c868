/**
 * Membership documents ↔ domain records. One collection, `memberships` (`_id` = the domain id): a join is ONE
 * document from application to membership — the application's fields at the top level, the member it made in
 * the `member` sub-document (null until approved) —; a transfer is an application-only document, a member made
 * outside a review (createMember) a member-only one. Fields are picked by typed lists (the compiler checks they are
 * complete), so no `_id` or stray field leaks in and a missing field reads null. Nested objects (consents,
 * workplace) are sub-documents.
 *
 * Uniqueness (docs/decisions/0022): each `u*` field is one unique index and always holds a string — the key the
 * document claims, or `~<_id>` (its own, so never a clash) when it claims none. So the indexes need no
 * sparse/partial support, and an insert or a conditional update that would make a second claimant fails as a
 * whole with DATABASE_DUPLICATE_WRITE: one request, no hold documents, no transaction.
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

/** The `member` sub-document (no id: the document's). */
export const memberFields = (m: Member): Record<string, unknown> => pick(m, MEMBER_KEYS)
/** The member a document holds, if any. */
export const toMember = (d: Doc): Member | null => {
  const m = d.member as Record<string, unknown> | null | undefined
  return m ? ({ id: d._id, ...pick(m, MEMBER_KEYS) } as Member) : null
}
/** An application-only or member-only document holds no fields of the other record. */
export const isApplicationDoc = (d: Doc): boolean => typeof d.kind === 'string'

const CURRENT = ['active', 'suspended']
export const isCurrent = (m: Pick<Member, 'status'>) => CURRENT.includes(m.status)

/** The unique claims of a document (0022): each the claimed key, or `~<_id>` when it claims none. */
export type Claims = {
  /** The application's idempotency key. */
  uRequest: string
  /** A pending application's account: one pending application per account. */
  uPendingAccount: string
  /** A pending, non-flagged application's person: one such application per ID number. */
  uPendingPerson: string
  /** The current member's person, or the person a pending non-flagged join reserves: one membership per ID number. */
  uPerson: string
  /** The current member's account, or the account a pending join reserves: one card per account. */
  uAccount: string
  /** The member number, taken for life. */
  uMemberNo: string
}
export const CLAIM_FIELDS = ['uRequest', 'uPendingAccount', 'uPendingPerson', 'uPerson', 'uAccount', 'uMemberNo'] as const

/** What a document with this application part and member part claims. */
export function claimsOf(id: string, a: Application | null, m: Member | null): Claims {
  const none = `~${id}`
  const pending = a?.status === 'pending'
  const pendingJoin = pending && a.kind === 'join'
  const current = m !== null && isCurrent(m)
  return {
    uRequest: a ? a.requestKey : none,
    uPendingAccount: pending ? a.holderKey : none,
    uPendingPerson: pending && !a.identityConflict ? a.idHash : none,
    uPerson: current ? m.idHash : pendingJoin && !a.identityConflict ? a.idHash : none,
    uAccount: current ? m.holderKey : pendingJoin ? a.holderKey : none,
    uMemberNo: m ? m.memberNo : none,
  }
}

/** An application's new document (its member comes with the approval). */
export const newApplicationDoc = (a: Application): Doc => ({ ...applicationDoc(a), member: null, ...claimsOf(a.id, a, null) })
/** A member made outside a review: member-only. */
export const newMemberDoc = (m: Member): Doc => ({ _id: m.id, member: memberFields(m), ...claimsOf(m.id, null, m) })

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
