/**
 * Cover and claim eligibility for medical mutual aid (issue 12), pure. Days are `YYYY-MM-DD` (Shanghai).
 * - Cover starts at the plan's coverFrom for an enrolment inside the enrolment window; an enrolment made later
 *   starts `waitingDays` calendar days after the enrolment day. It ends at coverTo, or earlier when the
 *   membership ended (stays admitted before that still count).
 * - A claim is refused, nothing filed, for: no cover that year (NOT_ENROLLED), admission outside the plan's
 *   cover (OUTSIDE_COVER), admission before the member's cover started (WAITING_PERIOD), discharge more than
 *   claimWithinDays ago (CLAIM_TOO_LATE), a required document slot empty (DOCUMENTS_MISSING). Duplicate invoices
 *   are the store's (a unique key across all claims).
 */
import { REQUIRED_SLOTS, type BenefitKind, type DocumentSlot, type RefusalCode } from '../../../../types/mutual-aid-labels'
import { addDays, daysBetween } from '../../../../types/legal/days'

export type PlanWindow = { coverFrom: string; coverTo: string; enrolFrom: string; enrolTo: string; waitingDays: number; claimWithinDays: number }

export function coverStart(plan: PlanWindow, enrolDay: string): string {
  if (enrolDay <= plan.enrolTo) return plan.coverFrom
  const later = addDays(enrolDay, plan.waitingDays)
  return later > plan.coverFrom ? later : plan.coverFrom
}

export type CoverState = { status: 'enrolled' | 'active' | 'ended'; coverFrom: string; coverTo: string }

export type ClaimFacts = { benefit: BenefitKind; admittedAt: string; dischargedAt: string; today: string; slots: DocumentSlot[] }

export type Refusal = { code: RefusalCode; firstCoveredDay?: string; lastDay?: string }

export function checkClaim(plan: PlanWindow, cover: CoverState | null, f: ClaimFacts): Refusal | null {
  if (!cover || cover.status === 'enrolled') return { code: 'MUTUAL_AID.NOT_ENROLLED' }
  if (f.admittedAt < plan.coverFrom || f.admittedAt > cover.coverTo) return { code: 'MUTUAL_AID.OUTSIDE_COVER' }
  if (f.admittedAt < cover.coverFrom) return { code: 'MUTUAL_AID.WAITING_PERIOD', firstCoveredDay: cover.coverFrom }
  if (daysBetween(f.dischargedAt, f.today) > plan.claimWithinDays)
    return { code: 'MUTUAL_AID.CLAIM_TOO_LATE', lastDay: addDays(f.dischargedAt, plan.claimWithinDays) }
  if (REQUIRED_SLOTS[f.benefit].some((slot) => !f.slots.includes(slot))) return { code: 'MUTUAL_AID.DOCUMENTS_MISSING' }
  return null
}

/**
 * Sampled second review: a payable at or above the threshold, or a recorded random draw (in [0, 1)) below the
 * sample rate. The draw is stored with the claim, so the choice is auditable and never re-rolled.
 */
export function isSampled(payable: number, reviewThreshold: number, sampleRate: number, draw: number): boolean {
  return payable >= reviewThreshold || draw < sampleRate
}
