import { signCardToken } from '../../../types/card-token'
import { cardTokenInput } from '../../../types/membership'
import { CARD_TOKEN_TTL_SECONDS, MEMBERSHIP_ERRORS } from '../../../types/membership-labels'
import type { CardTokenView } from '../../../types/membership-views'
import { action } from '../../_lib/runtime/function'
import { fail, type Failure } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import { currentMembership } from '../../membership/lib/access'
import { cardKey } from '../lib/keys'

/**
 * A fresh card token for the caller's own membership, valid CARD_TOKEN_TTL_SECONDS: the card page asks again
 * before it ends, so a screenshot is useless a minute later. A suspended member still gets a token; it says
 * suspended. The card face gets the member's own full name; the token carries only the masked one.
 */
export const token = action({
  input: cardTokenInput,
  async handle(_input, ctx): Promise<CardTokenView | Failure> {
    const m = await currentMembership(ctx)
    if (!m) return fail('MEMBERSHIP.NOT_MEMBER', MEMBERSHIP_ERRORS['MEMBERSHIP.NOT_MEMBER'])
    const org = await ctx.deps.store.directory.getOrg(m.orgId)
    const orgName = org?.name ?? m.orgId
    const exp = Math.floor(ctx.now.getTime() / 1000) + CARD_TOKEN_TTL_SECONDS
    const claims = { memberNo: m.memberNo, orgId: m.orgId, orgName, nameMasked: m.nameMasked, status: m.status, exp }
    return {
      token: signCardToken(claims, cardKey(ctx).signer),
      expiresAt: toIso(new Date(exp * 1000)),
      card: { name: ctx.deps.crypto.decrypt(m.nameEnc), memberNo: m.memberNo, orgName, since: m.since, status: m.status },
    }
  },
})
