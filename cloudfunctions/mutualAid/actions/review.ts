import { deadlineLabel } from '../../../types/grievance-labels'
import { reviewInput } from '../../../types/mutual-aid'
import { decideBy } from '../../_lib/domain/mutual-aid/decide'
import { audit } from '../../_lib/runtime/audit'
import { action } from '../../_lib/runtime/function'
import { toIso } from '../../_lib/runtime/time'
import { loadForOfficer } from '../lib/access'
import { notifyMember, notifyOrg } from '../lib/notify'
import { notInState, saveClaim } from '../lib/save'

/**
 * 审核材料 by the union that holds the enrolment (or an org above it): `documents_ok` → checked, and the approving
 * federation's decide-by starts (end of the 5th working day after today); `return` → back to the member with what
 * to fix (no clock runs while it is with them).
 */
export const review = action({
  input: reviewInput,
  async handle({ id, decision, note }, ctx) {
    const { c, officer } = await loadForOfficer(ctx, id, 'review')
    if (c.status !== 'submitted') return notInState()
    const at = toIso(ctx.now)
    const event = { at, actor: officer.openid, ...(note ? { note } : {}) }
    if (decision === 'return') {
      const saved = await saveClaim(ctx, c, { status: 'returned' }, [{ ...event, type: 'returned' }])
      await audit(ctx, 'mutualAid.review', 'mutual_aid_claim', id, { decision })
      await notifyMember(ctx, saved, 'mutualAid.returned', '互助申请需要补正材料', '请打开申请查看需要补充的材料，补正后重新提交')
      return { id, status: saved.status, decideBy: null }
    }
    const due = decideBy(ctx.now, await ctx.deps.calendar())
    const saved = await saveClaim(ctx, c, { status: 'checked', decideBy: due, escalateAt: due }, [{ ...event, type: 'checked' }])
    await audit(ctx, 'mutualAid.review', 'mutual_aid_claim', id, { decision })
    await notifyOrg(ctx, saved.approveOrgId, saved, 'mutualAid.checked', '有医疗互助申请待审批', `请在 ${deadlineLabel(due)} 前审批`)
    await notifyMember(ctx, saved, 'mutualAid.checked', '互助申请材料审核通过', `等待审批，预计 ${deadlineLabel(due)} 前完成`)
    return { id, status: saved.status, decideBy: due }
  },
})
