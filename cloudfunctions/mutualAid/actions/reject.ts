import { rejectInput } from '../../../types/mutual-aid'
import { audit } from '../../_lib/runtime/audit'
import { can } from '../../_lib/runtime/authz'
import { action } from '../../_lib/runtime/function'
import { fail } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import { approverGuard, loadForOfficer, openidOf } from '../lib/access'
import { notifyMember } from '../lib/notify'
import { notInState } from '../lib/save'

/**
 * 不予互助 by the approving federation (or above), with a reason code and a note: the claim → rejected and the cap
 * it reserved given back on the enrolment (decision 0023). Nothing is read but the officer: the write's condition is
 * the permission (`approverGuard`: checked, in the officer's approving scope, not their own claim), and the release
 * is an increment the enrolment records, so it happens once and another claim moving the enrolment cannot refuse it.
 * Only a refusal reads the claim, to answer as the other decisions do: NOT_FOUND, FORBIDDEN, NOT_IN_STATE or CONFLICT.
 */
export const reject = action({
  input: rejectInput,
  async handle({ id, reasonCode, note }, ctx) {
    const officer = await ctx.deps.store.officers.get(openidOf(ctx))
    if (officer && can(officer.role, 'officer')) {
      const at = toIso(ctx.now)
      const event = { at, type: 'rejected', actor: officer.openid, code: reasonCode, note }
      const saved = await ctx.deps.store.mutualAid.rejectClaim(id, approverGuard(ctx, officer), { code: reasonCode, note }, event)
      if (saved) {
        ctx.actingOfficer = officer.openid
        await audit(ctx, 'mutualAid.reject', 'mutual_aid_claim', id, { reasonCode })
        await notifyMember(ctx, saved, 'mutualAid.rejected', '互助申请未获批准', '请打开申请查看原因和说明')
        return { id, status: saved.status, reasonCode }
      }
    }
    // Refused: why, as loadForOfficer and the state say (a member's own claim, another scope → NOT_FOUND / FORBIDDEN).
    const { c } = await loadForOfficer(ctx, id, 'approve')
    if (c.status !== 'checked') return notInState()
    return fail('CONFLICT')
  },
})
