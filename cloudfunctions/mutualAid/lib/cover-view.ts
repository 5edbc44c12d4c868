/**
 * 我的互助保障: the plan, the status, the cover dates, the waiting period's last day, what is left of the annual
 * cap, and the next plan's enrolment window once it opens.
 */
import { addDays } from '../../../types/legal/days'
import { ENROLMENT_STATUS_LABELS } from '../../../types/mutual-aid-labels'
import type { Enrolment, Plan } from '../../_lib/store/mutual-aid-port'
import { capLeft, coverState } from './cover'

export const openForEnrolment = (p: Plan, today: string) => p.enrolFrom <= today && today <= p.enrolTo

export function coverView(e: Enrolment, plan: Plan, today: string) {
  // An enrolment ended with the membership shows its last covered day.
  const coverTo = coverState(e).coverTo
  return {
    enrolled: true as const,
    planId: plan.id, planName: plan.name, year: plan.year, demo: plan.demo, by: e.by,
    status: e.status, statusLabel: ENROLMENT_STATUS_LABELS[e.status],
    coverFrom: e.coverFrom, coverTo, covered: e.status === 'active' && e.coverFrom <= today && today <= coverTo,
    /** The last day of the waiting period (null: cover started with the plan). */
    waitingLastDay: e.coverFrom > plan.coverFrom ? addDays(e.coverFrom, -1) : null,
    feeDue: e.feeDue, paymentConfirmed: e.paymentConfirmedAt !== null,
    annualCap: plan.annualCap, annualCapLeft: capLeft(plan, e), criticalUsed: e.criticalUsed,
    benefits: plan.benefits, claimWithinDays: plan.claimWithinDays,
  }
}

/** The first plan (newest year first) open for enrolment today that the member does not hold: the renewal window. */
export function renewalOf(plans: readonly Plan[], held: readonly Enrolment[], today: string) {
  const next = plans.find((p) => openForEnrolment(p, today) && !held.some((e) => e.planId === p.id))
  return next ? { planId: next.id, name: next.name, year: next.year, feePerPerson: next.feePerPerson, enrolFrom: next.enrolFrom, enrolTo: next.enrolTo } : null
}
