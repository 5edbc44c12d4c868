import { verifyCardToken } from '../../../types/card-token'
import { cardVerifyInput } from '../../../types/membership'
import type { VerifyView } from '../../../types/membership-views'
import { action } from '../../_lib/runtime/function'
import { cardKey } from '../lib/keys'

/**
 * Online verification (officers, activity-centre staff: any signed-in user; the member is shown masked).
 * The signature and expiry are checked as offline; a good, unexpired token is then checked against the
 * member's CURRENT record, so a card suspended or left after the token was issued shows that now, and the
 * union shown is the one the member belongs to now. An expired token is answered from its own signed claims.
 */
export const verify = action({
  input: cardVerifyInput,
  async handle({ token }, ctx): Promise<VerifyView> {
    const { claims, ...signed } = verifyCardToken(token, cardKey(ctx).publicKey, ctx.now)
    if (!claims || signed.reason === 'expired') return signed
    const m = await ctx.deps.store.memberships.getMemberByNo(claims.memberNo)
    if (!m) return { valid: false, reason: 'unknown_member', member: null, expiresAt: signed.expiresAt }
    // The directory's full name (the token's may be cut to keep the QR small).
    const orgName = (await ctx.deps.store.directory.getOrg(m.orgId))?.name ?? m.orgId
    const reason = m.status === 'active' ? 'valid' : m.status
    return {
      valid: reason === 'valid',
      reason,
      member: { nameMasked: m.nameMasked, memberNo: m.memberNo, orgId: m.orgId, orgName, status: m.status },
      expiresAt: signed.expiresAt,
    }
  },
})
