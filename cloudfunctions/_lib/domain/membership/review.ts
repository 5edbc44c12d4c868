/**
 * The review promise and where an application may sit, reusing the grievance mechanism: the same working-day
 * calendar, the same escalation ladder, the same grassroots rule.
 * - review by the end (24:00) of the 15th working day after the day the application reached its current org;
 * - missed → the nearest ancestor that may hold it, with a fresh 15-working-day window (reason ESCALATED);
 *   at the root it stays and is marked overdue, once;
 * - an employer-blind application never sits at an enterprise union, joint union or area committee.
 */
import type { Org } from '../../../../types/directory'
import { REVIEW_WORKDAYS, type MembershipRouteReason, type RejectReason } from '../../../../types/membership-labels'
import type { ApplicationState as Application, MembershipEvent } from './application'
import type { Deadline, WorkCalendar } from '../calendar'
import { parseIso, toIso } from '../../runtime/time'
import { nearestHolder } from '../escalation-ladder'
import { mayHold } from '../grievance/placement'

export function reviewDeadline(reachedAt: Date, calendar: WorkCalendar): Deadline {
  return calendar.endOfNthWorkdayAfter(reachedAt, REVIEW_WORKDAYS)
}

/** Employer-blind applications follow the grievance rule for `employer_blind` reports: federations only. */
export function mayHoldApplication(a: Pick<Application, 'employerBlind'>, org: Pick<Org, 'type'>): boolean {
  return mayHold(a.employerBlind ? 'employer_blind' : 'named', org.type)
}

export type ApplicationPlacement = Pick<
  Application,
  'assignedOrgId' | 'assignedPath' | 'routeReason' | 'receivedAt' | 'reviewBy' | 'reviewByEstimated' | 'escalateAt' | 'overdue'
>
export type PlaceHow = { type: 'submitted' | 'escalated' | 'transferred'; reason: MembershipRouteReason; now: Date; calendar: WorkCalendar }

/**
 * Places the application at `to` with a fresh review window from `now`. Throws (a bug, not a business
 * outcome) if an employer-blind application would sit at a grassroots org.
 */
export function placeApplication(
  /** `assignedOrgId` null for a new application (its `submitted` event has no `fromOrgId`). */
  a: { assignedOrgId: string | null; employerBlind: boolean },
  to: Org,
  how: PlaceHow,
): { patch: ApplicationPlacement; event: MembershipEvent } {
  if (!mayHoldApplication(a, to))
    throw new Error(`privacy invariant: an employer-blind application cannot be placed at ${to.type} ${to.id}`)
  const deadline = reviewDeadline(how.now, how.calendar)
  const at = toIso(how.now)
  return {
    patch: {
      assignedOrgId: to.id,
      assignedPath: to.path,
      routeReason: how.reason,
      receivedAt: at,
      reviewBy: deadline.at,
      reviewByEstimated: deadline.estimated,
      escalateAt: deadline.at,
      overdue: false,
    },
    event: { at, type: how.type, fromOrgId: a.assignedOrgId, toOrgId: to.id, reason: how.reason },
  }
}

export type ReviewSweepDecision =
  | { kind: 'escalate'; to: Org; patch: ApplicationPlacement; event: MembershipEvent }
  | { kind: 'overdue'; patch: { overdue: true; escalateAt: null }; event: MembershipEvent }

type SweepState = Pick<Application, 'status' | 'assignedOrgId' | 'assignedPath' | 'reviewBy' | 'overdue' | 'employerBlind'>

/** Pending and its review-by has ended (the deadline instant itself counts as late). */
export function isPastReviewBy(a: Pick<Application, 'status' | 'reviewBy'>, now: Date): boolean {
  const reviewBy = parseIso(a.reviewBy)
  if (!reviewBy) throw new RangeError(`not an ISO instant: ${a.reviewBy}`)
  return a.status === 'pending' && now.getTime() >= reviewBy.getTime()
}

/**
 * What the hourly sweep does to one application. `chain`: the orgs on its assigned path, root first, the
 * assigned org last (loaded by `pathIds(assignedPath)`). Null when nothing is due.
 */
export function decideReviewSweep(a: SweepState, chain: readonly Org[], now: Date, calendar: WorkCalendar): ReviewSweepDecision | null {
  const current = chain[chain.length - 1]
  if (!current || current.id !== a.assignedOrgId || current.path !== a.assignedPath)
    throw new Error(`sweep: chain does not end at the assigned org ${a.assignedOrgId}`)
  if (!isPastReviewBy(a, now)) return null
  const to = nearestHolder(chain, (o) => mayHoldApplication(a, o))
  if (to) return { kind: 'escalate', to, ...placeApplication(a, to, { type: 'escalated', reason: 'ESCALATED', now, calendar }) }
  if (a.overdue) return null
  const at = toIso(now)
  return { kind: 'overdue', patch: { overdue: true, escalateAt: null }, event: { at, type: 'overdue', fromOrgId: current.id, toOrgId: current.id, reason: null } }
}

export type Decision = { status: 'approved' } | { status: 'rejected'; reason: RejectReason; note: string }

/** Approve or reject: the review clock stops (escalateAt null) and the history says who decided what. */
export function decideApplication(
  a: Pick<Application, 'status' | 'assignedOrgId'>,
  decision: Decision,
  now: Date,
  decidedBy: string,
): {
  patch: Pick<Application, 'status' | 'decidedAt' | 'decidedBy' | 'escalateAt' | 'rejectReason' | 'rejectNote'>
  event: MembershipEvent
} {
  if (a.status !== 'pending') throw new Error(`review: application is ${a.status}, not pending`)
  const at = toIso(now)
  const rejected = decision.status === 'rejected' ? decision : null
  return {
    patch: {
      status: decision.status,
      decidedAt: at,
      decidedBy,
      escalateAt: null,
      rejectReason: rejected?.reason ?? null,
      rejectNote: rejected?.note ?? null,
    },
    event: { at, type: decision.status, fromOrgId: a.assignedOrgId, toOrgId: a.assignedOrgId, reason: rejected?.reason ?? null },
  }
}
