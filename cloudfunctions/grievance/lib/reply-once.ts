/** A retried reply (same requestId) is answered with the first one: no second message, no second notification. */
import type { ActionContext } from '../../_lib/runtime/deps'
import { fail, type Failure } from '../../_lib/runtime/result'
import { GRIEVANCE_ERRORS } from '../../../types/grievance'
import { MAX_CASE_MESSAGES } from '../../_lib/store/grievance-port'
import type { CaseMessage } from '../../_lib/store/port'
import { replyKey } from './keys'

/** The request key of this reply, or undefined for a client that sent no requestId (an older app version). */
export function replyKeyOf(ctx: ActionContext, caseId: string, requestId: string | undefined): string | undefined {
  if (!requestId || ctx.caller.kind !== 'user') return undefined
  return replyKey(ctx.deps.crypto, ctx.caller.openid, caseId, requestId)
}

/** What `reply` answered the first time: officers get the case status, workers also its resolve-by. */
export function replyResult(m: CaseMessage, status: string, resolveBy: string | null) {
  return { id: m.caseId, messageId: m.id, at: m.at, status, ...(m.from === 'worker' ? { resolveBy } : {}) }
}

/**
 * The first reply written on the case under `key`, answered as it was (with the case's status now), or null when
 * there is none. One read: the message and the case come back together (CloudBase: its case document).
 */
export async function replayed(ctx: ActionContext, caseId: string, key: string | undefined) {
  const first = key ? await ctx.deps.store.grievances.getMessageByRequestKey(caseId, key) : null
  return first ? replyResult(first.m, first.c.status, first.c.resolveBy) : null
}

/**
 * Why a message was refused, answered: a concurrent retry wrote it first (its answer; CONFLICT while that write is
 * still landing), or the case's thread is full (MAX_CASE_MESSAGES). Two reads, only on this rare path.
 */
export async function refusedReply(ctx: ActionContext, caseId: string, key: string | undefined): Promise<ReturnType<typeof replyResult> | Failure> {
  const first = await replayed(ctx, caseId, key)
  if (first) return first
  if ((await ctx.deps.store.grievances.countMessages(caseId)) >= MAX_CASE_MESSAGES) {
    return fail('GRIEVANCE.THREAD_FULL', GRIEVANCE_ERRORS['GRIEVANCE.THREAD_FULL'])
  }
  return fail('CONFLICT', '这条回复正在发送，请稍后刷新查看')
}
