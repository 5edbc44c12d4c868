import { MEMBERSHIP_ERRORS, suspendInput } from '../../../types/membership'
import { audit } from '../../_lib/runtime/audit'
import { action } from '../../_lib/runtime/function'
import { fail } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import { loadMemberForOfficer } from '../lib/access'
import { notifyWorker } from '../lib/notify'
import { saveMember } from '../lib/save'

/** An officer of the member's union (or above) suspends an active membership with a reason; the card shows it. */
export const suspend = action({
  input: suspendInput,
  async handle({ memberId, reason }, ctx) {
    const { m } = await loadMemberForOfficer(ctx, memberId)
    if (m.status !== 'active') return fail('MEMBERSHIP.NOT_ACTIVE', MEMBERSHIP_ERRORS['MEMBERSHIP.NOT_ACTIVE'])
    const saved = await saveMember(ctx, m, { status: 'suspended', statusReason: reason }, [
      { at: toIso(ctx.now), type: 'suspended', fromOrgId: m.orgId, toOrgId: m.orgId, reason },
    ])
    await audit(ctx, 'membership.suspend', 'member', m.id, { orgId: m.orgId })
    await notifyWorker(ctx, m.holderKey, 'membership.suspended', null, '会籍已暂停', '您的会籍已被工会暂停，可在“会员证”查看原因')
    return { memberId: m.id, status: saved.status }
  },
})
