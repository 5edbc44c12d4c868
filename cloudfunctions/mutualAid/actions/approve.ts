import { approveInput } from '../../../types/mutual-aid'
import { MUTUAL_AID_ERRORS } from '../../../types/mutual-aid-labels'
import { computePayout } from '../../../types/mutual-aid/payout'
import { audit } from '../../_lib/runtime/audit'
import { action } from '../../_lib/runtime/function'
import { fail } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import type { Claim } from '../../_lib/store/mutual-aid-port'
import type { ActionContext } from '../../_lib/runtime/deps'
import { loadForOfficer } from '../lib/access'
import { notifyMember, yuan } from '../lib/notify'
import { readPlan } from '../lib/plans'
import { notInState, saveClaim } from '../lib/save'

/** The payout again: the same function over the same inputs as at filing (the plan's money rules are frozen). */
async function recompute(ctx: ActionContext, c: Claim) {
  const plan = await readPlan(ctx, c.planId)
  const benefit = plan?.benefits.find((b) => b.kind === c.benefit)
  if (!benefit) throw new Error(`mutual aid: claim ${c.id} has no ${c.benefit} benefit in its plan`)
  const payout = computePayout({
    benefit, selfPaidInPolicy: c.selfPaidInPolicy,
    annualCapLeft: c.payout.annualCapLeftBefore, criticalAlreadyPaid: c.payout.reasons.includes('CRITICAL_ALREADY_PAID'),
  })
  // The filing reserved exactly this amount on the enrolment: a difference would be a bug, not a decision.
  if (payout.payable !== c.payout.payable) throw new Error(`mutual aid: claim ${c.id} recomputed ${payout.payable}, filed ${c.payout.payable}`)
  return payout
}

/**
 * 审批 by the approving federation (or above). A sampled claim needs a second approval by a different officer
 * (MUTUAL_AID.SAME_OFFICER); the last approval → approved, the clock stops. Two approvals at once → one stands.
 */
export const approve = action({
  input: approveInput,
  async handle({ id }, ctx) {
    const { c, officer } = await loadForOfficer(ctx, id, 'approve')
    if (c.status !== 'checked') return notInState()
    if (c.approvals.some((a) => a.by === officer.openid)) return fail('MUTUAL_AID.SAME_OFFICER', MUTUAL_AID_ERRORS['MUTUAL_AID.SAME_OFFICER'])
    const payout = await recompute(ctx, c)
    const at = toIso(ctx.now)
    const approvals = [...c.approvals, { by: officer.openid, at }]
    const done = !c.sampled || approvals.length >= 2
    const patch: Partial<Claim> = done ? { status: 'approved', approvals, payout, reductions: payout.reasons, escalateAt: null } : { approvals }
    const saved = await saveClaim(ctx, c, patch, [{ at, type: done ? 'approved' : 'first_approval', actor: officer.openid }])
    await audit(ctx, 'mutualAid.approve', 'mutual_aid_claim', id, { payable: payout.payable, sampled: c.sampled, final: done })
    if (done) await notifyMember(ctx, saved, 'mutualAid.approved', '互助申请已审批', `互助金 ${yuan(payout.payable)} 元，等待支付`)
    return { id, status: saved.status, payable: payout.payable, approvals: approvals.length, secondApprovalNeeded: !done }
  },
})
