import type { ActionContext } from '../../_lib/runtime/deps'
import { AppError } from '../../_lib/runtime/result'
import type { ConsultMessage, Consultation, LegalHistoryEntry } from '../../_lib/store/legal-port'

/** A thread's bound (the document embeds it): the question, answers and follow-ups together. */
export const MAX_MESSAGES = 60

/**
 * Writes the consultation with its new history entries and messages iff nobody changed it since it was read
 * (one conditional write: two claims at once → exactly one wins).
 */
export async function saveConsultation(
  ctx: ActionContext,
  before: Consultation,
  patch: Partial<Consultation>,
  events: LegalHistoryEntry[] = [],
  messages: ConsultMessage[] = [],
): Promise<Consultation> {
  const next: Consultation = {
    ...before, ...patch,
    history: [...before.history, ...events],
    messages: [...before.messages, ...messages],
    version: before.version + 1,
  }
  if (!(await ctx.deps.store.legal.updateConsultation(next))) throw new AppError('CONFLICT', '这条咨询刚被其他人处理过，请刷新后再试')
  return next
}
