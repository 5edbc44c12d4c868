/**
 * Loading a consultation for its asker or for a lawyer/officer. Outside a caller's visibility a consultation
 * does not exist: NOT_FOUND (an enterprise-level officer, a lawyer of another org, another worker).
 */
import type { Officer } from '../../../types/directory'
import { LEGAL_ERRORS } from '../../../types/legal-labels'
import { mayAnswerConsultation, mayReadConsultation } from '../../_lib/domain/legal/access'
import type { ActionContext } from '../../_lib/runtime/deps'
import { guess } from '../../_lib/runtime/guesses'
import { AppError, fail, isFailure } from '../../_lib/runtime/result'
import type { Consultation } from '../../_lib/store/legal-port'
import { askerKey, consultReceiptHash } from './keys'

export const notFound = () => new AppError('NOT_FOUND', '没有找到这条咨询')
/** A refusal of the caller (FORBIDDEN, as the authorization matrix expects), worded for the page. */
export const notLawyer = () => new AppError('FORBIDDEN', LEGAL_ERRORS['LEGAL.NOT_LAWYER'])

export function openidOf(ctx: ActionContext): string {
  if (ctx.caller.kind !== 'user') throw new AppError('UNAUTHENTICATED')
  return ctx.caller.openid
}

export const callerAskerKey = (ctx: ActionContext) => askerKey(ctx.deps.crypto, openidOf(ctx))

export type Access = { c: Consultation; as: 'asker' } | { c: Consultation; as: 'officer'; officer: Officer; mayAnswer: boolean }

/** The asker (by their key), or an officer who may read it (the request then acts as that officer). */
export async function loadById(ctx: ActionContext, id: string): Promise<Access> {
  const openid = openidOf(ctx)
  const [c, officer] = await Promise.all([ctx.deps.store.legal.getConsultation(id), ctx.deps.store.officers.get(openid)])
  if (!c) throw notFound()
  if (c.askerKey === askerKey(ctx.deps.crypto, openid)) return { c, as: 'asker' }
  if (!officer || !mayReadConsultation(officer, c)) throw notFound()
  ctx.actingOfficer = officer.openid
  return { c, as: 'officer', officer, mayAnswer: mayAnswerConsultation(officer, c) }
}

/**
 * The receipt code is the credential (anonymous follow-up from any account): a wrong one is a failed guess,
 * limited and audited without the code (runtime/guesses.ts, shared with grievance receipts).
 */
export async function loadByReceipt(ctx: ActionContext, receipt: string): Promise<Consultation> {
  const out = await guess(ctx, 'receipt', async () => {
    const c = await ctx.deps.store.legal.getConsultationByReceipt(consultReceiptHash(ctx.deps.crypto, receipt))
    return c ?? fail('NOT_FOUND', '没有找到这个回执码对应的咨询，请核对后重新输入')
  })
  if (isFailure(out)) throw new AppError(out.code, out.message)
  return out
}

/** `id` (the asker or a lawyer) or `receipt` (the asker, from any account). */
export async function loadByIdOrReceipt(ctx: ActionContext, ref: { id?: string; receipt?: string }): Promise<Access> {
  if (ref.receipt) {
    openidOf(ctx)
    return { c: await loadByReceipt(ctx, ref.receipt), as: 'asker' }
  }
  return loadById(ctx, ref.id!)
}

/** Lawyers of the holding org, admins of it or above: claim, answer, publish. */
export async function loadForLawyer(ctx: ActionContext, id: string): Promise<{ c: Consultation; officer: Officer }> {
  const access = await loadById(ctx, id)
  // The asker's own account is never their lawyer (an officer who asked a question reads it as a worker).
  if (access.as === 'asker' || !access.mayAnswer) throw notLawyer()
  return { c: access.c, officer: access.officer }
}
