import { estimateInput } from '../../../types/mutual-aid'
import { REDUCTION_LABELS, REQUIRED_SLOTS } from '../../../types/mutual-aid-labels'
import { computePayout } from '../../../types/mutual-aid/payout'
import { checkClaim } from '../../_lib/domain/mutual-aid/cover'
import type { ActionContext } from '../../_lib/runtime/deps'
import { action } from '../../_lib/runtime/function'
import { fail } from '../../_lib/runtime/result'
import { shanghaiDay } from '../../_lib/runtime/time'
import type { Plan } from '../../_lib/store/mutual-aid-port'
import { callerMemberKey } from '../lib/access'
import { capLeft, coverFor } from '../lib/cover'
import { readPlan } from '../lib/plans'
import { futureDates, refusalMessage } from '../lib/refusal'

/** Without cover: the named plan, else the newest whose cover year holds the admission (a member still deciding). */
async function planWithoutCover(ctx: ActionContext, day: string, planId?: string): Promise<Plan | null> {
  if (planId) return readPlan(ctx, planId)
  const recent = await ctx.deps.store.mutualAid.listPlans(undefined, 10)
  return recent.items.find((p) => p.coverFrom <= day && day <= p.coverTo) ?? recent.items[0] ?? null
}

/**
 * 互助金测算: the itemised computation the claim would get (computePayout with the member's cap left), filing
 * nothing. A rule that would refuse the claim comes back as `refusal` (its code and what to do), beside the amount.
 */
export const estimate = action({
  input: estimateInput,
  async handle(input, ctx) {
    const today = shanghaiDay(ctx.now)
    const bad = futureDates(input, today)
    if (bad) return bad
    const cover = await coverFor(ctx, callerMemberKey(ctx), input.admittedAt, input.planId)
    const plan = cover?.plan ?? (await planWithoutCover(ctx, input.admittedAt, input.planId))
    if (!plan) return fail('NOT_FOUND', '还没有可参加的互助保障计划')
    const benefit = plan.benefits.find((b) => b.kind === input.benefit)
    if (!benefit) return fail('VALIDATION', '这个计划不包含该保障项目', { benefit: '这个计划不包含该保障项目' })
    const refusal = cover
      ? checkClaim(plan, cover.cover, { ...input, today, slots: REQUIRED_SLOTS[input.benefit] })
      : { code: 'MUTUAL_AID.NOT_ENROLLED' as const }
    const p = computePayout({
      benefit, selfPaidInPolicy: input.selfPaidInPolicy,
      annualCapLeft: capLeft(plan, cover?.enrolment ?? null), criticalAlreadyPaid: cover?.enrolment.criticalUsed ?? false,
    })
    return {
      planId: plan.id, payable: p.payable, deductible: p.deductible, ratio: p.ratio, eligible: p.eligible, perStayCap: p.perStayCap,
      annualCapLeftBefore: p.annualCapLeftBefore, annualCapLeftAfter: p.annualCapLeftAfter,
      reasons: p.reasons, reasonLabels: p.reasons.map((code) => REDUCTION_LABELS[code]), lines: p.lines,
      refusal: refusal && { code: refusal.code, message: refusalMessage(refusal) },
    }
  },
})
