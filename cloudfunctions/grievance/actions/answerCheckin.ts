import { answerCheckinInput } from '../../../types/grievance'
import { audit } from '../../_lib/runtime/audit'
import type { ActionContext } from '../../_lib/runtime/deps'
import { action } from '../../_lib/runtime/function'
import { AppError, fail } from '../../_lib/runtime/result'
import { callerKey } from '../lib/access'
import { requestKey } from '../lib/keys'
import { notifyOrg, notifyWorkers } from '../lib/notify'
import { findRoot } from '../lib/placement'
import { retaliationCase, townOf } from '../lib/retaliation'

const notFound = () => new AppError('NOT_FOUND', '没有找到这条回访')

/** The linked case already opened for this check-in, if any. */
async function opened(ctx: ActionContext, reqKey: string) {
  const p = await ctx.deps.store.grievances.getParticipantByRequestKey(reqKey)
  return p ? { answer: 'yes' as const, caseId: p.caseId } : null
}

/**
 * The worker answers a retaliation check-in (escalate sends them 30 and 90 days after resolution).
 * "yes" opens a new case linked to the original, straight at the town federation (RETALIATION), with the
 * worker as reporter under the privacy they chose before. Idempotent per inbox item: answering again gives
 * the same case. "no" only marks the question read.
 */
export const answerCheckin = action({
  input: answerCheckinInput,
  async handle({ inboxId, answer }, ctx) {
    const { store } = ctx.deps
    const me = callerKey(ctx)
    const item = await store.inbox.get(inboxId)
    if (!item || item.recipientKey !== me || item.type !== 'grievance.checkin' || !item.caseId) throw notFound()
    if (answer === 'no') {
      await store.inbox.markRead(item.id)
      return { answer, caseId: null }
    }
    const reqKey = requestKey(ctx.deps.crypto, (ctx.caller as { openid: string }).openid, `checkin:${item.id}`)
    const before = await opened(ctx, reqKey)
    if (before) return before

    const [original, mine] = await Promise.all([store.grievances.get(item.caseId), store.grievances.getParticipant(item.caseId, me)])
    if (!original || !mine) throw notFound()
    const to = (await townOf(ctx, original)) ?? (await findRoot(store))
    const { c, reporter } = retaliationCase(ctx, original, mine, to, reqKey, await ctx.deps.calendar())
    if (!(await store.grievances.create(c, reporter))) return (await opened(ctx, reqKey)) ?? fail('CONFLICT')
    await store.inbox.markRead(item.id)
    await audit(ctx, 'grievance.retaliation', 'grievance', c.id, { linkedCaseId: original.id, orgId: to.id })
    // The new case's one participant is the reporter just written.
    await notifyWorkers(ctx, c, 'grievance.submitted', '已收到您的反映', `已交给${to.name}直接受理`, [reporter])
    await notifyOrg(ctx, to.id, c, 'grievance.received', '收到回访中反映的打击报复', '职工反映办结后受到打击报复，请按时受理')
    return { answer, caseId: c.id, assignedOrgId: c.assignedOrgId, routeReason: c.routeReason, acceptBy: c.acceptBy }
  },
})
