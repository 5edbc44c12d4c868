import { requestInfoInput } from '../../../types/grievance'
import { pauseClock } from '../../_lib/domain/grievance/deadlines'
import { audit } from '../../_lib/runtime/audit'
import { action } from '../../_lib/runtime/function'
import { fail } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import { loadForOfficer, requireHolder } from '../lib/access'
import { notifyWorkers } from '../lib/notify'
import { saveCase } from '../lib/save'

/** 请职工补充情况: the resolve clock pauses until a worker answers (reply), and resolve-by moves out by the wait. */
export const requestInfo = action({
  input: requestInfoInput,
  async handle({ id, question }, ctx) {
    const access = await loadForOfficer(ctx, id)
    requireHolder(access)
    const { c, org } = access
    if (c.status !== 'accepted')
      return fail('GRIEVANCE.NOT_OPEN', c.status === 'awaiting_info' ? '已经在等待职工补充情况' : '受理之后才能请职工补充情况')
    const at = toIso(ctx.now)
    const saved = await saveCase(ctx, c, pauseClock(c, ctx.now), [{ at, type: 'info_requested', fromOrgId: null, toOrgId: c.assignedOrgId, reason: null }])
    await ctx.deps.store.grievances.addMessage({ id: ctx.deps.ids(), caseId: id, at, from: 'officer', orgId: org.id, senderKey: null, kind: 'info_request', text: question, attachments: [] })
    await audit(ctx, 'grievance.requestInfo', 'grievance', id, { orgId: org.id })
    await notifyWorkers(ctx, saved, 'grievance.info_requested', '工会请您补充情况', '请打开诉求查看并回复；等您回复期间，办结时限暂停计算')
    return { id, status: saved.status, pausedSince: saved.pausedSince }
  },
})
