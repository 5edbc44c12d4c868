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
import { saveCase } from '../lib/save'

type Reply = { id: string; text: string; attachments: string[] }

/** An officer message carries the org; a worker message the worker's reporterKey (kept server-side). */
type Sender = { from: 'officer'; orgId: string; senderKey: null } | { from: 'worker'; orgId: null; senderKey: string }

const message = (ctx: ActionContext, caseId: string, sender: Sender, kind: CaseMessage['kind'], r: Reply): CaseMessage => ({
  id: ctx.deps.ids(), caseId, at: toIso(ctx.now), ...sender, kind, text: r.text, attachments: r.attachments,
})

/** The org holding an accepted case writes to the workers on it. */
async function officerReply(ctx: ActionContext, r: Reply) {
  const access = await loadForOfficer(ctx, r.id)
  requireHolder(access)
  const { c, org } = access
  if (c.status !== 'accepted' && c.status !== 'awaiting_info') return fail('GRIEVANCE.NOT_OPEN', '受理之后才能回复职工')
  const badPhotos = await checkAttachments(ctx, r.attachments) // the officer's own uploads only
  if (badPhotos) return badPhotos
  const m = message(ctx, c.id, { from: 'officer', orgId: org.id, senderKey: null }, 'message', r)
  await ctx.deps.store.grievances.addMessage(m)
  await audit(ctx, 'grievance.reply', 'grievance', c.id, { orgId: org.id })
  await notifyWorkers(ctx, c, 'grievance.replied', '工会回复了您的诉求', '请打开诉求查看回复')
  return { id: c.id, messageId: m.id, at: m.at, status: c.status }
}

/** A worker on the case writes to the union; answering a request for information restarts the resolve clock. */
async function workerReply(ctx: ActionContext, r: Reply) {
  const { c, me } = await loadForWorker(ctx, r.id)
  if (!OPEN_STATUSES.includes(c.status)) return fail('GRIEVANCE.NOT_OPEN', `${GRIEVANCE_ERRORS['GRIEVANCE.NOT_OPEN']}；问题没有解决可以重新打开`)
  const badPhotos = await checkAttachments(ctx, r.attachments)
  if (badPhotos) return badPhotos
  const answering = c.status === 'awaiting_info'
  const saved = answering
    ? await saveCase(ctx, c, resumeClock(c, ctx.now), [{ at: toIso(ctx.now), type: 'info_provided', fromOrgId: null, toOrgId: c.assignedOrgId, reason: null }])
    : c
  const sender: Sender = { from: 'worker', orgId: null, senderKey: me.reporterKey }
  const m = message(ctx, c.id, sender, answering ? 'info_reply' : 'message', r)
  await ctx.deps.store.grievances.addMessage(m)
  await notifyOrg(ctx, c.assignedOrgId, saved, 'grievance.replied', '职工补充了情况', '职工补充了情况，请打开诉求查看')
  return { id: c.id, messageId: m.id, at: m.at, status: saved.status, resolveBy: saved.resolveBy }
}

/** 回复: the worker's and the union's messages on a case. Notifications never carry the text. */
export const reply = action({
  input: replyInput,
  async handle(input, ctx) {
    const officer = ctx.caller.kind === 'user' ? await ctx.deps.store.officers.get(ctx.caller.openid) : null
    return officer ? officerReply(ctx, input) : workerReply(ctx, input)
  },
})
