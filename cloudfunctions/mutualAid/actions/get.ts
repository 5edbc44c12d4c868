import { getInput } from '../../../types/mutual-aid'
import { audit } from '../../_lib/runtime/audit'
import { action } from '../../_lib/runtime/function'
import { loadClaim } from '../lib/access'
import { memberView, officerView } from '../lib/views'

/**
 * The claim page: the member sees their own; an officer in scope sees the health details with the account
 * masked, and the read is audited (without any of it). Anyone else: NOT_FOUND.
 */
export const get = action({
  input: getInput,
  async handle({ id }, ctx) {
    const access = await loadClaim(ctx, id)
    if (access.as === 'member') return memberView(ctx, access.c)
    await audit(ctx, 'mutualAid.read', 'mutual_aid_claim', id, { orgId: access.officer.orgId })
    return officerView(ctx, access.c, access.officer)
  },
})
