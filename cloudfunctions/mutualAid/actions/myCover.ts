import { myCoverInput } from '../../../types/mutual-aid'
import { action } from '../../_lib/runtime/function'
import { shanghaiDay } from '../../_lib/runtime/time'
import { callerMemberKey } from '../lib/access'
import { enrolmentFor, HOLDER_ENROLMENTS } from '../lib/cover'
import { coverView, renewalOf } from '../lib/cover-view'
import { readPlan } from '../lib/plans'

/** Plans looked at for the renewal window (newest cover year first). */
const RECENT_PLANS = 10

/**
 * 我的互助保障: the caller's cover for `planId`, else the cover running today (else their latest), and the renewal
 * window of a plan open for enrolment that they do not hold yet. Without an enrolment: `{ enrolled: false, renewal }`.
 */
export const myCover = action({
  input: myCoverInput,
  async handle({ planId }, ctx) {
    const { store } = ctx.deps
    const today = shanghaiDay(ctx.now)
    const [held, recent] = await Promise.all([
      store.mutualAid.listEnrolmentsByHolder(callerMemberKey(ctx), HOLDER_ENROLMENTS),
      store.mutualAid.listPlans(undefined, RECENT_PLANS),
    ])
    const renewal = renewalOf(recent.items, held, today)
    const e = enrolmentFor(held, today, planId) ?? (planId ? null : held[0] ?? null)
    const plan = e && (recent.items.find((p) => p.id === e.planId) ?? (await readPlan(ctx, e.planId)))
    if (!e || !plan) return { enrolled: false as const, renewal }
    return { ...coverView(e, plan, today), renewal }
  },
})
