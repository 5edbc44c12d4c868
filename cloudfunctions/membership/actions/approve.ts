import { approveInput, MEMBERSHIP_ERRORS } from '../../../types/membership'
import { decideApplication } from '../../_lib/domain/membership/review'
import { audit } from '../../_lib/runtime/audit'
import { action } from '../../_lib/runtime/function'
import { fail, isFailure } from '../../_lib/runtime/result'
import { loadForOfficer } from '../lib/access'
import { enrol, move } from '../lib/approval'
import { notifyOrg, notifyWorker } from '../lib/notify'
import { nextApplication, saveApplication } from '../lib/save'

/**
 * The reviewing union approves: a join issues a member number; a transfer moves the member, and the union
 * they leave is informed. Two officers approving at once → exactly one succeeds, the other CONFLICT. A
 * flagged join (identityConflict) is refused while the number's membership or other application stands (the
 * store refuses the write: approval.ts `enrol`).
 */
export const approve = action({
  input: approveInput,
  async handle({ id }, ctx) {
    const { a, org, officer } = await loadForOfficer(ctx, id)
    if (a.status !== 'pending') return fail('MEMBERSHIP.NOT_PENDING', MEMBERSHIP_ERRORS['MEMBERSHIP.NOT_PENDING'])
    const d = decideApplication(a, { status: 'approved' }, ctx.now, officer.openid)
    // A join: member and decision in one write. A transfer: the member moves, then the decision is saved.
    const m = a.kind === 'join' ? await enrol(ctx, a, nextApplication(a, d.patch, [d.event])) : await move(ctx, a)
    if (isFailure(m)) return m
    if (a.kind !== 'join') await saveApplication(ctx, a, d.patch, [d.event])

    const to = (await ctx.deps.store.directory.getOrg(a.assignedOrgId))?.name ?? a.assignedOrgId
    await audit(ctx, 'membership.approve', 'application', id, { orgId: org.id, kind: a.kind, memberId: m.id })
    if (a.kind === 'join') {
      await notifyWorker(ctx, a.holderKey, 'membership.approved', id, '入会申请已通过', `欢迎加入${to}，可在“会员证”查看电子会员证`)
    } else {
      await notifyWorker(ctx, a.holderKey, 'membership.transferred', id, '会籍转接已完成', `会籍已转入${to}，会员号不变`)
      // The old union is informed, not asked; it learns that a member left, never where to (nor the application).
      if (a.fromOrgId) await notifyOrg(ctx, a.fromOrgId, 'membership.transferredOut', null, '有会员转出', '一名会员办理了会籍转接，已从本会转出，会员名单已更新')
    }
    return { id, status: 'approved' as const, memberId: m.id, memberNo: m.memberNo }
  },
})
