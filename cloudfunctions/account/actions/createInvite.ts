import { randomInt } from 'node:crypto'
import { createInviteInput, INVITE_TTL_HOURS } from '../../../types/account'
import { audit } from '../../_lib/runtime/audit'
import { requireOfficerFor } from '../../_lib/runtime/authz'
import { action } from '../../_lib/runtime/function'
import { toIso } from '../../_lib/runtime/time'

// No 0/O, 1/I: codes are read aloud and typed by hand.
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'

/** An admin invites a new officer to its own org or an org below it; the new officer redeems the code in the app. */
export const createInvite = action({
  input: createInviteInput,
  async handle({ orgId, role }, ctx) {
    const { officer } = await requireOfficerFor(ctx, 'admin', orgId)
    const code = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('')
    const expiresAt = toIso(new Date(ctx.now.getTime() + INVITE_TTL_HOURS * 3600_000))
    await ctx.deps.store.invites.create({
      code, orgId, role, createdBy: officer.openid, createdAt: toIso(ctx.now), expiresAt, redeemedBy: null, redeemedAt: null,
    })
    await audit(ctx, 'officer.invite.create', 'org', orgId, { role })
    return { code, orgId, role, expiresAt }
  },
})
