import { MEMBERSHIP_ERRORS, reinstateInput } from '../../../types/membership'
import { audit } from '../../_lib/runtime/audit'
import { action } from '../../_lib/runtime/function'
import { fail } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import { loadMemberForOfficer } from '../lib/access'
import { notifyWorker } from '../lib/notify'
import { saveMember } from '../lib/save'

/** Lifts a suspension: the membership is active again, the same number and history. */
export const reinstate = action({
  input: reinstateInput,
  async handle({ memberId }, ctx) {
    const { m } = await loadMemberForOfficer(ctx, memberId)
    if (m.status !== 'suspended') return fail('MEMBERSHIP.NOT_SUSPENDED', MEMBERSHIP_ERRORS['MEMBERSHIP.NOT_SUSPENDED'])
    const saved = await saveMember(ctx, m, { status: 'active', statusReason: null }, [
      { at: toIso(ctx.now), type: 'reinstated', fromOrgId: m.orgId, toOrgId: m.orgId, reason: null },
    ])
    await audit(ctx, 'membership.reinstate', 'member', m.id, { orgId: m.orgId })
    await notifyWorker(ctx, m.holderKey, 'membership.reinstated', null, '会籍已恢复', '您的会籍已恢复正常')
    return { memberId: m.id, status: saved.status }
  },
})
