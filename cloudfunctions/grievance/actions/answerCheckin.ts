import { answerCheckinInput } from '../../../types/grievance'
import { audit } from '../../_lib/runtime/audit'
import type { ActionContext } from '../../_lib/runtime/deps'
import { action } from '../../_lib/runtime/function'
import { AppError, fail, isFailure } from '../../_lib/runtime/result'
import type { InboxItem } from '../../_lib/store/port'
import { callerKey } from '../lib/access'
import { requestKey } from '../lib/keys'
import { notifyOrg, notifyWorkers } from '../lib/notify'
import { findRoot } from '../lib/placement'
import { retaliationCase, townOf } from '../lib/retaliation'

const CHECKIN = 'grievance.checkin'
const notFound = () => new AppError('NOT_FOUND', '没有找到这条回访')

/** The linked case already opened for this check-in, if any. */
async function opened(ctx: ActionContext, reqKey: string) {
  const first = await ctx.deps.store.grievances.getByRequestKey(reqKey)
  return first ? { answer: 'yes' as const, caseId: first.c.id } : null
}

/**
 * The worker answers a retaliation check-in (escalate sends them 30 and 90 days after resolution).
 * "yes" opens a new case linked to the original, straight at the town federation (RETALIATION), with the
 * worker as reporter under the privacy they chose before. Idempotent per inbox item: answering again gives
 * the same case. "no" only marks the question read.
 *
 * The question is taken first: checked as the caller's check-in and marked read in one step (nobody else's
 * question exists for them). A "yes" then inserts the case under a request key of the question, so a repeated
 * answer clashes on it and finds the case already opened. Should the case not be opened, the question is given
 * back (unread), to be answered again.
 */
export const answerCheckin = action({
  input: answerCheckinInput,
  async handle({ inboxId, answer }, ctx) {
    const { store } = ctx.deps
    const item = await store.inbox.markReadFor(inboxId, callerKey(ctx), CHECKIN)
    if (!item || !item.caseId) throw notFound()
    if (answer === 'no') return { answer, caseId: null }
    // Best effort: the answer's own failure is what the caller hears.
    const giveBack = () => store.inbox.markUnread(item.id).catch(() => undefined)
    let out: Awaited<ReturnType<typeof report>>
    try {
      out = await report(ctx, item, item.caseId)
    } catch (error) {
      await giveBack()
      throw error
    }
    if (isFailure(out)) await giveBack()
    return out
  },
})

async function report(ctx: ActionContext, item: InboxItem, caseId: string) {
  const { store } = ctx.deps
  const me = callerKey(ctx)
  const reqKey = requestKey(ctx.deps.crypto, (ctx.caller as { openid: string }).openid, `checkin:${item.id}`)
  const loaded = await store.grievances.getWithParticipants(caseId)
  const original = loaded?.c
  const mine = loaded?.participants.find((p) => p.reporterKey === me)
  if (!original || !mine) throw notFound()
  const to = (await townOf(ctx, original)) ?? (await findRoot(store))
  const { c, reporter } = retaliationCase(ctx, original, mine, to, reqKey, await ctx.deps.calendar())
  // Refused at the request key: answered before (or by a concurrent copy of this answer).
  if (!(await store.grievances.create(c, reporter))) return (await opened(ctx, reqKey)) ?? fail('CONFLICT')
  await audit(ctx, 'grievance.retaliation', 'grievance', c.id, { linkedCaseId: original.id, orgId: to.id })
  // The new case's one participant is the reporter just written.
  await notifyWorkers(ctx, c, 'grievance.submitted', '已收到您的反映', `已交给${to.name}直接受理`, [reporter])
  await notifyOrg(ctx, to.id, c, 'grievance.received', '收到回访中反映的打击报复', '职工反映办结后受到打击报复，请按时受理')
  return { answer: 'yes' as const, caseId: c.id, assignedOrgId: c.assignedOrgId, routeReason: c.routeReason, acceptBy: c.acceptBy }
}
