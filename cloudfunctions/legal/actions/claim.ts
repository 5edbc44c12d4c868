import { claimInput, LEGAL_ERRORS } from '../../../types/legal'
import { audit } from '../../_lib/runtime/audit'
import { action } from '../../_lib/runtime/function'
import { AppError, fail } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import { loadForLawyer } from '../lib/access'
import { saveConsultation } from '../lib/save'

const taken = () => fail('LEGAL.ALREADY_CLAIMED', LEGAL_ERRORS['LEGAL.ALREADY_CLAIMED'])

/**
 * 接单: exactly one lawyer holds a consultation. One conditional write: of two claims at once one wins, the
 * other re-reads and gets LEGAL.ALREADY_CLAIMED. Claiming one's own again answers as the first time.
 */
export const claim = action({
  input: claimInput,
  async handle({ id }, ctx) {
    const { c, officer } = await loadForLawyer(ctx, id)
    if (c.claimedBy === officer.openid) return { id, status: c.status, claimedAt: c.claimedAt }
    if (c.status === 'closed') return fail('LEGAL.NOT_OPEN', LEGAL_ERRORS['LEGAL.NOT_OPEN'])
    if (c.claimedBy !== null) return taken()
    const at = toIso(ctx.now)
    try {
      await saveConsultation(ctx, c, { status: 'claimed', claimedBy: officer.openid, claimedAt: at }, [
        { at, type: 'claimed', fromOrgId: null, toOrgId: c.assignedOrgId, actor: officer.openid },
      ])
    } catch (err) {
      if (!(err instanceof AppError) || err.failure.code !== 'CONFLICT') throw err
      const now = await ctx.deps.store.legal.getConsultation(id)
      if (now?.claimedBy === officer.openid) return { id, status: now.status, claimedAt: now.claimedAt }
      return now?.claimedBy ? taken() : err.failure
    }
    await audit(ctx, 'legal.claim', 'consultation', id, { orgId: c.assignedOrgId })
    return { id, status: 'claimed' as const, claimedAt: at }
  },
})
