import { addDays } from '../../../types/legal/days'
import { leaveInput, MEMBERSHIP_ERRORS } from '../../../types/membership'
import { decideApplication } from '../../_lib/domain/membership/review'
import { audit } from '../../_lib/runtime/audit'
import type { ActionContext } from '../../_lib/runtime/deps'
import { action } from '../../_lib/runtime/function'
import { fail } from '../../_lib/runtime/result'
import { shanghaiDay, toIso } from '../../_lib/runtime/time'
import type { Application, Member } from '../../_lib/store/port'
import { callerMembership } from '../lib/access'
import { notifyOrg } from '../lib/notify'
import { saveApplication, saveMember } from '../lib/save'

const WITHDRAWN_NOTE = '会员已退会，会籍转接申请自动撤销。'

/**
 * A pending transfer of the leaving member is withdrawn, so it neither moves a former member nor blocks a new
 * application. The account has at most one pending application (createApplication): `pending`, read with the member.
 */
async function withdrawTransfer(ctx: ActionContext, m: Member, pending: Application | null) {
  if (!pending || pending.kind !== 'transfer' || pending.status !== 'pending' || pending.memberId !== m.id) return
  const d = decideApplication(pending, { status: 'rejected', reason: 'OTHER', note: WITHDRAWN_NOTE }, ctx.now, 'member')
  await saveApplication(ctx, pending, d.patch, [{ ...d.event, type: 'withdrawn' }])
}

/**
 * 退会: the member ends their membership (active or suspended); the card follows; the union is told. A pending
 * transfer is withdrawn and the mutual-aid cover ended (enrolments → `ended`, the last covered day the day before
 * today: stays admitted before it still count; a claim reads the enrolment only) FIRST: a crash between the writes
 * then leaves a member who may simply leave again, never a left member whose transfer stays pending (unapprovable,
 * holding the ID number) or whose cover still pays.
 */
export const leave = action({
  input: leaveInput,
  async handle({ reason }, ctx) {
    // The member and the account's pending application (a transfer to withdraw), in one read.
    const { member: m, pending } = await callerMembership(ctx)
    if (!m) return fail('MEMBERSHIP.NOT_MEMBER', MEMBERSHIP_ERRORS['MEMBERSHIP.NOT_MEMBER'])
    await withdrawTransfer(ctx, m, pending)
    await ctx.deps.store.mutualAid.endEnrolments(m.holderKey, m.id, addDays(shanghaiDay(ctx.now), -1))
    const saved = await saveMember(ctx, m, { status: 'left', statusReason: reason || null }, [
      { at: toIso(ctx.now), type: 'left', fromOrgId: m.orgId, toOrgId: null, reason: null },
    ])
    await audit(ctx, 'membership.leave', 'member', m.id, { orgId: m.orgId })
    await notifyOrg(ctx, m.orgId, 'membership.left', null, '有会员退会', '一名会员办理了退会，会员名单已更新')
    return { memberId: saved.id, status: saved.status }
  },
})
