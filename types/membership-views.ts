/**
 * What the `membership` and `card` functions answer (zod-free: pages import these types). The functions build
 * them in cloudfunctions/membership/lib/views.ts and cloudfunctions/card/; pages render them as they are.
 */
import type {
  ApplicationKind,
  ApplicationStatus,
  MemberStatus,
  MembershipRouteReason,
  Occupation,
  RejectReason,
} from './membership-labels'

export type MembershipHistoryView = { at: string; type: string; fromOrgId: string | null; toOrgId: string | null; reason: string | null }

/**
 * The applicant as an officer (or the applicant) sees them: the ID number and phone always masked here.
 * `birthDate` only in the applicant's own view (null for officers: with it, the masked ID number's hidden
 * digits 7–14 are known); officers see `age` in whole years.
 */
export type ApplicantView = {
  name: string
  idMasked: string
  phoneMasked: string
  gender: 'male' | 'female'
  age: number
  birthDate: string | null
}

export type WorkplaceView = {
  enterpriseId: string | null
  enterpriseName: string | null
  townId: string | null
  townName: string | null
  noFixedEmployer: boolean
  occupation: Occupation | null
  employerBlind: boolean
}

export type ApplicationView = {
  id: string
  kind: ApplicationKind
  status: ApplicationStatus
  assignedOrgId: string
  assignedOrgName: string
  routeReason: MembershipRouteReason
  routeExplanation: string
  /** ISO +08:00, and the worker-facing label `3月12日 24:00` ("须在 … 前审核"). */
  reviewBy: string
  reviewByLabel: string
  reviewByEstimated: boolean
  overdue: boolean
  createdAt: string
  workplace: WorkplaceView
  applicant: ApplicantView
  rejectReason: RejectReason | null
  rejectReasonLabel: string | null
  rejectNote: string | null
  /** Set once approved. */
  memberNo: string | null
  /** For a transfer: the union the member leaves. */
  fromOrgId: string | null
  fromOrgName: string | null
  history: MembershipHistoryView[]
  /**
   * Officers only, on an application whose ID number has another account's membership or application:
   * "该身份证号已有会籍/申请，请当面核实身份". Absent otherwise, and always absent for the applicant.
   */
  identityWarning?: string
}

export type MemberView = {
  id: string
  memberNo: string
  name: string
  orgId: string
  orgName: string
  status: MemberStatus
  since: string
  statusReason: string | null
  history: MembershipHistoryView[]
}

export type ApplySummary = Pick<
  ApplicationView,
  'id' | 'status' | 'assignedOrgId' | 'assignedOrgName' | 'routeReason' | 'routeExplanation' | 'reviewBy' | 'reviewByLabel' | 'reviewByEstimated'
>

/** A row of an officer's `membership.queue`: masked identity only, nothing decrypted. */
export type ApplicationQueueItemView = Pick<
  ApplicationView,
  'id' | 'kind' | 'status' | 'assignedOrgId' | 'routeReason' | 'reviewBy' | 'reviewByLabel' | 'reviewByEstimated' | 'overdue' | 'createdAt' | 'fromOrgId'
> &
  Pick<WorkplaceView, 'enterpriseName' | 'noFixedEmployer' | 'occupation' | 'employerBlind'> & {
    /** Pending and past review-by (it escalates at the next hourly sweep). */
    late: boolean
    /** As on ApplicationView (a queue is an officer's). */
    identityWarning?: string
    nameMasked: string
    idMasked: string
    phoneMasked: string
  }

/** `membership.mine`: the caller's current membership (if any) and their applications, newest first. */
export type MineView = { member: MemberView | null; applications: ApplicationView[]; next: string | null }

/** `card.token`. */
export type CardTokenView = {
  token: string
  expiresAt: string
  card: { name: string; memberNo: string; orgName: string; since: string; status: MemberStatus }
}

export type VerifyReason = 'valid' | 'expired' | 'forged' | 'malformed' | 'suspended' | 'left' | 'unknown_member'
/** `card.verify` and the offline verifier: the member's name is always masked. */
export type VerifyView = {
  valid: boolean
  reason: VerifyReason
  member: { nameMasked: string; memberNo: string; orgId: string; orgName: string; status: MemberStatus } | null
  /** ISO +08:00 of the token's expiry, when the token could be read. */
  expiresAt: string | null
}

/** `card.publicKey`: raw 32-byte Ed25519 public key, base64url. */
export type PublicKeyView = { algorithm: 'Ed25519'; publicKey: string; keyId: string }
