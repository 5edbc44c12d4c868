import { markPaidInput } from '../../../types/mutual-aid'
import { audit } from '../../_lib/runtime/audit'
import { action } from '../../_lib/runtime/function'
import { toIso } from '../../_lib/runtime/time'
import { loadForOfficer } from '../lib/access'
import { notifyMember, yuan } from '../lib/notify'
import { notInState, saveClaim } from '../lib/save'

/** 已支付: the approving federation records the transfer's reference; the member sees "已支付 X 元" and the itemised decision. */
export const markPaid = action({
  input: markPaidInput,
  async handle({ id, reference }, ctx) {
    const { c, officer } = await loadForOfficer(ctx, id, 'approve')
    if (c.status !== 'approved') return notInState()
    const at = toIso(ctx.now)
    const saved = await saveClaim(ctx, c, { status: 'paid', paidAt: at, paymentReference: reference }, [{ at, type: 'paid', actor: officer.openid }])
    await audit(ctx, 'mutualAid.markPaid', 'mutual_aid_claim', id, { payable: c.payout.payable })
    const paid = `已支付 ${yuan(c.payout.payable)} 元`
    await notifyMember(ctx, saved, 'mutualAid.paid', paid, '请查看到账情况和互助金计算明细')
    return { id, status: saved.status, paidAt: at, paidLabel: paid }
  },
})
