import { requestInfoInput, type HistoryEntry } from '../../../types/grievance'
import { pauseClock } from '../../_lib/domain/grievance/deadlines'
import { audit } from '../../_lib/runtime/audit'
import { action } from '../../_lib/runtime/function'
import { fail } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import type { CaseMessage } from '../../_lib/store/port'
import { loadForOfficer, requireHolder } from '../lib/access'
import { notifyWorkers } from '../lib/notify'
import { saveCaseWithMessage } from '../lib/save'

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
    // The question lands with the paused clock (one write): a worker never sees a pause without it, nor it without one.
    const asked: CaseMessage = { id: ctx.deps.ids(), caseId: id, at, from: 'officer', orgId: org.id, senderKey: null, kind: 'info_request', text: question, attachments: [] }
    const events: HistoryEntry[] = [{ at, type: 'info_requested', fromOrgId: null, toOrgId: c.assignedOrgId, reason: null }]
    const saved = await saveCaseWithMessage(ctx, c, pauseClock(c, ctx.now), events, asked)
    await audit(ctx, 'grievance.requestInfo', 'grievance', id, { orgId: org.id })
    await notifyWorkers(ctx, saved, 'grievance.info_requested', '工会请您补充情况', '请打开诉求查看并回复；等您回复期间，办结时限暂停计算', access.people)
    return { id, status: saved.status, pausedSince: saved.pausedSince }
  },
})
