import { enrolSelfInput } from '../../../types/mutual-aid'
import { MUTUAL_AID_ERRORS } from '../../../types/mutual-aid-labels'
import { approvingOrgId } from '../../_lib/domain/mutual-aid/decide'
import { action } from '../../_lib/runtime/function'
import { fail } from '../../_lib/runtime/result'
import { shanghaiDay, toIso } from '../../_lib/runtime/time'
import { callerMemberKey } from '../lib/access'
import { newEnrolment, outsideEnrolment } from '../lib/enrolment'
import { notifyOrgAbout } from '../lib/notify'
import { readPlan } from '../lib/plans'
import { coverView } from '../lib/cover-view'

/**
 * 个人参保: an active member whose union does not enrol (new forms of employment) enrols themself; the fee is paid
 * by bank transfer outside the app and the town federation (the city for a city-level union) confirms it.
 */
export const enrolSelf = action({
  input: enrolSelfInput,
  async handle({ planId }, ctx) {
    const { store } = ctx.deps
    const [member, plan] = await Promise.all([store.memberships.getMemberByHolder(callerMemberKey(ctx)), readPlan(ctx, planId)])
    if (!member || member.status !== 'active') return fail('MUTUAL_AID.NOT_MEMBER', MUTUAL_AID_ERRORS['MUTUAL_AID.NOT_MEMBER'])
    if (!plan) return fail('NOT_FOUND', '没有找到这个互助保障计划')
    const today = shanghaiDay(ctx.now)
    const closed = outsideEnrolment(plan, today)
    if (closed) return closed
    const e = newEnrolment(plan, member, 'self', today, toIso(ctx.now))
    const { existing } = await store.mutualAid.addEnrolments([e])
    if (existing.length) return fail('MUTUAL_AID.ALREADY_ENROLLED', MUTUAL_AID_ERRORS['MUTUAL_AID.ALREADY_ENROLLED'])
    const union = await store.directory.getOrg(member.orgId)
    if (union) await notifyOrgAbout(ctx, approvingOrgId(union), e.id, 'mutualAid.selfEnrolled', '有会员自行参加互助保障', '请核对会费到账后确认缴费')
    return coverView(e, plan, today)
  },
})
