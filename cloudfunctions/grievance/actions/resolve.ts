import { OUTCOME_LABELS, resolveInput } from '../../../types/grievance'
import { checkInTimes, stopClocks } from '../../_lib/domain/grievance/deadlines'
import { audit } from '../../_lib/runtime/audit'
import { action } from '../../_lib/runtime/function'
import { fail } from '../../_lib/runtime/result'
import { recordCheckin } from '../../_lib/runtime/side-records'
import { toIso } from '../../_lib/runtime/time'
import { loadForOfficer, requireHolder } from '../lib/access'
import { notifyWorkers } from '../lib/notify'
import { saveCase } from '../lib/save'

/** Close the work with an honest outcome; retaliation check-ins are scheduled for 30 and 90 days later. */
export const resolve = action({
  input: resolveInput,
  async handle({ id, outcome, summary }, ctx) {
    const access = await loadForOfficer(ctx, id)
    requireHolder(access)
    const { c } = access
    if (c.status !== 'accepted' && c.status !== 'awaiting_info') return fail('GRIEVANCE.NOT_OPEN', '只能办结已受理的诉求')
    const at = toIso(ctx.now)
    const saved = await saveCase(
      ctx, c,
      { ...stopClocks(), status: 'resolved', outcome, summary, resolvedAt: at },
      [{ at, type: 'resolved', fromOrgId: null, toOrgId: c.assignedOrgId, reason: null }],
    )
    const { people } = access
    for (const p of people) {
      for (const [i, dueAt] of checkInTimes(ctx.now).entries()) {
        const kind = i === 0 ? 'day30' : 'day90'
        // One check-in per worker, case and kind: resolving again after a reopen keeps the first schedule.
        const checkinId = ctx.deps.crypto.hash(`checkin:${id}:${p.reporterKey}:${kind}`).slice(0, 32)
        await recordCheckin(ctx, { id: checkinId, caseId: id, reporterKey: p.reporterKey, dueAt, sent: false, kind })
      }
    }
    await audit(ctx, 'grievance.resolve', 'grievance', id, { outcome })
    await notifyWorkers(ctx, saved, 'grievance.resolved', '诉求已办结', `办理结果：${OUTCOME_LABELS[outcome]}。请确认并评价，未解决可在 15 天内重新打开`, people)
    return { id, status: saved.status, outcome, resolvedAt: at }
  },
})
