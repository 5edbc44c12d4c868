import { revealIdInput } from '../../../types/membership'
import { audit } from '../../_lib/runtime/audit'
import { action } from '../../_lib/runtime/function'
import type { PersonSecrets } from '../../_lib/store/port'
import { loadForOfficer, loadMemberForOfficer } from '../lib/access'

/**
 * The full ID number or phone of one applicant or member, for an officer of the reviewing union (or the
 * member's union) or above. An explicit step, always audited; the audit names the field, never the value.
 */
export const revealId = action({
  input: revealIdInput,
  async handle({ applicationId, memberId, field }, ctx) {
    const [recordType, recordId, person]: [string, string, PersonSecrets] = applicationId
      ? ['application', applicationId, (await loadForOfficer(ctx, applicationId)).a]
      : ['member', memberId!, (await loadMemberForOfficer(ctx, memberId!)).m]
    await audit(ctx, 'membership.revealId', recordType, recordId, { field })
    const value = ctx.deps.crypto.decrypt(field === 'idNumber' ? person.idEnc : person.phoneEnc)
    return { field, value }
  },
})
