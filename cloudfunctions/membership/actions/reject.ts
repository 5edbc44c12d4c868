import { MEMBERSHIP_ERRORS, REJECT_REASON_LABELS, rejectInput } from '../../../types/membership'
import { decideApplication } from '../../_lib/domain/membership/review'
import { audit } from '../../_lib/runtime/audit'
import { action } from '../../_lib/runtime/function'
import { fail } from '../../_lib/runtime/result'
import { loadForOfficer } from '../lib/access'
import { approvalUnderWay } from '../lib/approval'
import { notifyWorker } from '../lib/notify'
import { saveApplication } from '../lib/save'

const APPROVAL_UNDER_WAY = '这份申请正在办理通过（会籍已登记），不能再不通过。请刷新后点“通过”完成办理。'

/** Not approved, with a reason code and the officer's explanation, both shown to the worker. A new application is then allowed. */
export const reject = action({
  input: rejectInput,
  async handle({ id, reason, note }, ctx) {
    const { a, org, officer } = await loadForOfficer(ctx, id)
    if (a.status !== 'pending') return fail('MEMBERSHIP.NOT_PENDING', MEMBERSHIP_ERRORS['MEMBERSHIP.NOT_PENDING'])
    if (await approvalUnderWay(ctx, a)) return fail('CONFLICT', APPROVAL_UNDER_WAY)
    const d = decideApplication(a, { status: 'rejected', reason, note }, ctx.now, officer.openid)
    const saved = await saveApplication(ctx, a, d.patch, [d.event])
    await audit(ctx, 'membership.reject', 'application', id, { orgId: org.id, reason })
    await notifyWorker(ctx, a.holderKey, 'membership.rejected', id, a.kind === 'join' ? '入会申请未通过' : '会籍转接申请未通过',
      `原因：${REJECT_REASON_LABELS[reason]}。请查看工会的说明`)
    return { id, status: saved.status, rejectReason: reason, rejectReasonLabel: REJECT_REASON_LABELS[reason] }
  },
})
