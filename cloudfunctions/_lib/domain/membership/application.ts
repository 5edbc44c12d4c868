/** The shape of an application as the pure membership rules see it; the store's `Application` extends it. */
import type { ApplicationStatus, MembershipRouteReason, RejectReason } from '../../../../types/membership-labels'

export type MembershipEvent = {
  at: string
  /** submitted · escalated · overdue · approved · rejected · transferred_in · transferred_out · suspended · left … */
  type: string
  fromOrgId: string | null
  toOrgId: string | null
  reason: string | null
}

/** The fields the review rules read and write. Names match the stored record, so a patch spreads over it. */
export type ApplicationState = {
  status: ApplicationStatus
  /** 入会不惊动单位: never placed at an enterprise union, joint union or area committee. */
  employerBlind: boolean
  assignedOrgId: string
  assignedPath: string
  routeReason: MembershipRouteReason
  receivedAt: string
  reviewBy: string
  reviewByEstimated: boolean
  /** Sweep key: the instant the application becomes due for escalation; null once decided or overdue at the root. */
  escalateAt: string | null
  /** Past review-by at the root, where there is nowhere higher to go. */
  overdue: boolean
  rejectReason: RejectReason | null
  rejectNote: string | null
  decidedAt: string | null
  decidedBy: string | null
}
