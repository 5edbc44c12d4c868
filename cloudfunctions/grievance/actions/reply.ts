import type { Officer } from '../../../types/directory'
import { GRIEVANCE_ERRORS, OPEN_STATUSES, replyInput } from '../../../types/grievance'
import { resumeClock } from '../../_lib/domain/grievance/deadlines'
import { audit } from '../../_lib/runtime/audit'
import type { ActionContext } from '../../_lib/runtime/deps'
import { action } from '../../_lib/runtime/function'
import { fail } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import type { CaseMessage } from '../../_lib/store/port'
import { loadForOfficer, loadForWorker, requireHolder } from '../lib/access'
import { checkAttachments } from '../lib/evidence'
import { notifyOrg, notifyWorkers } from '../lib/notify'
import { refusedReply, replayed, replyKeyOf, replyResult } from '../lib/reply-once'
import { caseConflict, nextCase } from '../lib/save'

/** `requestKey`: the reply's idempotency key (lib/reply-once.ts), when the client sent a requestId. */
type Reply = { id: string; text: string; attachments: string[]; requestKey?: string }

/** An officer message carries the org; a worker message the worker's reporterKey (kept server-side). */
type Sender = { from: 'officer'; orgId: string; senderKey: null } | { from: 'worker'; orgId: null; senderKey: string }

const message = (ctx: ActionContext, caseId: string, sender: Sender, kind: CaseMessage['kind'], r: Reply): CaseMessage => ({
  id: ctx.deps.ids(), caseId, at: toIso(ctx.now), ...sender, kind, text: r.text, attachments: r.attachments,
  ...(r.requestKey ? { requestKey: r.requestKey } : {}),
})

/** The org holding an accepted case writes to the workers on it. `officer`: the caller's record, just read. */
async function officerReply(ctx: ActionContext, r: Reply, officer: Officer) {
  const access = await loadForOfficer(ctx, r.id, officer)
  requireHolder(access)
  const { c, org, people } = access
  if (c.status !== 'accepted' && c.status !== 'awaiting_info') return fail('GRIEVANCE.NOT_OPEN', '受理之后才能回复职工')
  const badPhotos = await checkAttachments(ctx, r.attachments) // the officer's own uploads only
  if (badPhotos) return badPhotos
  const m = message(ctx, c.id, { from: 'officer', orgId: org.id, senderKey: null }, 'message', r)
  if (!(await ctx.deps.store.grievances.addMessage(m))) return refusedReply(ctx, c.id, r.requestKey)
  await audit(ctx, 'grievance.reply', 'grievance', c.id, { orgId: org.id })
  await notifyWorkers(ctx, c, 'grievance.replied', '工会回复了您的诉求', '请打开诉求查看回复', people)
  return replyResult(m, c.status, c.resolveBy)
}

/** A worker on the case writes to the union; answering a request for information restarts the resolve clock. */
async function workerReply(ctx: ActionContext, r: Reply) {
  const { c, me } = await loadForWorker(ctx, r.id)
  if (!OPEN_STATUSES.includes(c.status)) return fail('GRIEVANCE.NOT_OPEN', `${GRIEVANCE_ERRORS['GRIEVANCE.NOT_OPEN']}；问题没有解决可以重新打开`)
  const badPhotos = await checkAttachments(ctx, r.attachments)
  if (badPhotos) return badPhotos
  // Only the reporter answers a request addressed to the reporter; a joiner's message leaves the clock paused.
  const answering = c.status === 'awaiting_info' && me.role === 'reporter'
  const sender: Sender = { from: 'worker', orgId: null, senderKey: me.reporterKey }
  const m = message(ctx, c.id, sender, answering ? 'info_reply' : 'message', r)
  // The answer lands with the restarted clock, in one write (decision 0024).
  const saved = answering
    ? nextCase(c, resumeClock(c, ctx.now), [{ at: m.at, type: 'info_provided', fromOrgId: null, toOrgId: c.assignedOrgId, reason: null }])
    : c
  const { grievances } = ctx.deps.store
  if (!(answering ? await grievances.updateWithMessage(saved, m) : await grievances.addMessage(m))) {
    if (!answering) return refusedReply(ctx, c.id, r.requestKey)
    // Refused: a retry wrote this answer first (answered as it was), or the case changed since it was read.
    const first = await replayed(ctx, c.id, r.requestKey)
    if (first) return first
    throw caseConflict()
  }
  await notifyOrg(ctx, c.assignedOrgId, saved, 'grievance.replied', '职工补充了情况', '职工补充了情况，请打开诉求查看')
  return replyResult(m, saved.status, saved.resolveBy)
}

/**
 * 回复: the worker's and the union's messages on a case. Notifications never carry the text. The same requestId
 * again answers with the first reply: no second message, no second notification.
 */
export const reply = action({
  input: replyInput,
  async handle({ requestId, ...input }, ctx) {
    const requestKey = replyKeyOf(ctx, input.id, requestId)
    const first = await replayed(ctx, input.id, requestKey)
    if (first) return first
    const r = { ...input, ...(requestKey ? { requestKey } : {}) }
    const officer = ctx.caller.kind === 'user' ? await ctx.deps.store.officers.get(ctx.caller.openid) : null
    return officer ? officerReply(ctx, r, officer) : workerReply(ctx, r)
  },
})
