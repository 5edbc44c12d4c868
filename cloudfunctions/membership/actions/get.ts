import { getInput } from '../../../types/membership'
import { can } from '../../_lib/runtime/authz'
import { audit } from '../../_lib/runtime/audit'
import { action } from '../../_lib/runtime/function'
import { AppError } from '../../_lib/runtime/result'
import { callerKeys, loadForOfficer } from '../lib/access'
import { applicationView } from '../lib/views'

/**
 * One application: to the worker who filed it, or to an officer whose org reviews it. Anyone else (the union
 * a transferring member leaves included): NOT_FOUND. An officer's read of the applicant's name is audited.
 */
export const get = action({
  input: getInput,
  async handle({ id }, ctx) {
    const { openid, applicant } = callerKeys(ctx)
    const mine = await ctx.deps.store.memberships.getApplication(id)
    if (mine && mine.applicantKey === applicant) return applicationView(ctx, mine, 'applicant')
    const officer = await ctx.deps.store.officers.get(openid)
    if (!officer || !can(officer.role, 'officer')) throw new AppError('NOT_FOUND', '没有找到这份入会申请')
    const { org, a } = await loadForOfficer(ctx, id)
    await audit(ctx, 'membership.view', 'application', a.id, { orgId: org.id })
    return applicationView(ctx, a, 'officer')
  },
})
