/**
 * A member's cover as claims and estimates need it: the enrolment for the day of admission, its plan, and what is
 * left of the annual cap. When the membership ended, membership.leave ended the enrolment (`endedOn`, the last
 * covered day: stays admitted before the day the member left still count), so the enrolment alone decides.
 */
import type { CoverState } from '../../_lib/domain/mutual-aid/cover'
import type { ActionContext } from '../../_lib/runtime/deps'
import type { Enrolment, Plan } from '../../_lib/store/mutual-aid-port'
import { readPlan } from './plans'

/** Enrolments a member may hold at once (a few cover years, a new version of a plan). */
export const HOLDER_ENROLMENTS = 10

/** The enrolment whose cover year ends first on or after `day` (planId, when given, picks it outright). */
export function enrolmentFor(es: readonly Enrolment[], day: string, planId?: string): Enrolment | null {
  if (planId) return es.find((e) => e.planId === planId) ?? null
  const candidates = es.filter((e) => e.coverTo >= day).sort((a, b) => (a.coverTo < b.coverTo ? -1 : 1))
  return candidates[0] ?? null
}

export function coverState(e: Enrolment): CoverState {
  const coverTo = e.endedOn !== null && e.endedOn < e.coverTo ? e.endedOn : e.coverTo
  // Ended before its fee was confirmed: it never covered anything.
  const status = e.status === 'ended' && e.paymentConfirmedAt === null ? 'enrolled' : e.status
  return { status, coverFrom: e.coverFrom, coverTo }
}

const fen = (yuan: number) => Math.round(yuan * 100)
export const capLeft = (plan: Plan, e: Enrolment | null) => Math.max(0, fen(plan.annualCap) - fen(e?.capUsed ?? 0)) / 100

export type Cover = { enrolment: Enrolment; plan: Plan; cover: CoverState }

/** The holder's cover for a stay admitted on `day`: one read (the enrolments; the plan is cached per container). */
export async function coverFor(ctx: ActionContext, holderKey: string, day: string, planId?: string): Promise<Cover | null> {
  const enrolment = enrolmentFor(await ctx.deps.store.mutualAid.listEnrolmentsByHolder(holderKey, HOLDER_ENROLMENTS), day, planId)
  if (!enrolment) return null
  const plan = await readPlan(ctx, enrolment.planId)
  if (!plan) throw new Error(`mutual aid: enrolment ${enrolment.id} has no plan`)
  return { enrolment, plan, cover: coverState(enrolment) }
}
