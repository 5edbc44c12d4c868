import { MUTUAL_AID_ERRORS } from '../../../types/mutual-aid-labels'
import type { ActionContext } from '../../_lib/runtime/deps'
import { AppError, fail } from '../../_lib/runtime/result'
import type { Claim, ClaimEvent, Enrolment } from '../../_lib/store/mutual-aid-port'

export const notInState = () => fail('MUTUAL_AID.NOT_IN_STATE', MUTUAL_AID_ERRORS['MUTUAL_AID.NOT_IN_STATE'])

/**
 * Writes the claim with its new history entries iff nobody changed it since it was read — and the enrolment in the
 * same unit when given (a rejection releases the reserved cap): two decisions at once → exactly one transition.
 */
export async function saveClaim(ctx: ActionContext, before: Claim, patch: Partial<Claim>, events: ClaimEvent[], enrolment?: Enrolment): Promise<Claim> {
  const next: Claim = { ...before, ...patch, history: [...before.history, ...events], version: before.version + 1 }
  if (!(await ctx.deps.store.mutualAid.updateClaim(next, enrolment))) throw new AppError('CONFLICT', '这笔申请刚被其他人处理过，请刷新后再试')
  return next
}
