import { GRIEVANCE_ERRORS, reopenInput } from '../../../types/grievance'
import { reopenClock, reopenDeadline } from '../../_lib/domain/grievance/deadlines'
import { audit } from '../../_lib/runtime/audit'
import { action } from '../../_lib/runtime/function'
import { fail } from '../../_lib/runtime/result'
import { parseIso, toIso } from '../../_lib/runtime/time'
import { loadForReporter } from '../lib/access'
import { notifyOrg, notifyWorkers } from '../lib/notify'
import { saveCaseWithMessage } from '../lib/save'

/**
 * 重新打开: not really solved. Within 15 days of resolution the same org works on it again with a fresh
 * 15-day resolve clock. The worker's reason goes into the case's messages, not the history or a notification.
 */
export const reopen = action({
  input: reopenInput,
  async handle({ id, reason }, ctx) {
    const { c, me, people } = await loadForReporter(ctx, id)
    const resolvedAt = c.resolvedAt ? parseIso(c.resolvedAt) : null
    if ((c.status !== 'resolved' && c.status !== 'closed') || !resolvedAt) return fail('GRIEVANCE.NOT_OPEN', '只有已办结的诉求才能重新打开')
    const calendar = await ctx.deps.calendar()
    if (ctx.now.getTime() >= new Date(reopenDeadline(resolvedAt, calendar)).getTime())
      return fail('GRIEVANCE.REOPEN_EXPIRED', GRIEVANCE_ERRORS['GRIEVANCE.REOPEN_EXPIRED'])
    const at = toIso(ctx.now)
    const { patch } = reopenClock(ctx.now, calendar)
    const saved = await saveCaseWithMessage(
      ctx, c,
      // The outcome is withdrawn until the org resolves again; the summary stays for the officer's reference.
      { ...patch, outcome: null, resolvedAt: null, closedAt: null, reopenCount: c.reopenCount + 1 },
      [{ at, type: 'reopened', fromOrgId: null, toOrgId: c.assignedOrgId, reason: null }],
      // The reason lands with the reopening (one write).
      { id: ctx.deps.ids(), caseId: id, at, from: 'worker', orgId: null, senderKey: me.reporterKey, kind: 'message', text: reason, attachments: [] },
    )
    await audit(ctx, 'grievance.reopen', 'grievance', id, { reopenCount: saved.reopenCount })
    await notifyOrg(ctx, c.assignedOrgId, saved, 'grievance.reopened', '职工重新打开了诉求', '职工认为问题没有真正解决，请继续办理')
    await notifyWorkers(ctx, saved, 'grievance.reopened', '诉求已重新打开', `工会须在 ${saved.resolveBy?.slice(5, 10)} 前重新办结`, people)
    return { id, status: saved.status, resolveBy: saved.resolveBy, reopenCount: saved.reopenCount }
  },
})
