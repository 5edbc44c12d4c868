import { acceptInput, GRIEVANCE_ERRORS } from '../../../types/grievance'
import { acceptClock } from '../../_lib/domain/grievance/deadlines'
import { moveTo } from '../../_lib/domain/grievance/placement'
import { canTakeOver } from '../../_lib/domain/grievance/transfer'
import { audit } from '../../_lib/runtime/audit'
import { action } from '../../_lib/runtime/function'
import { fail } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import { loadForOfficer, requireHolder } from '../lib/access'
import { notifyWorkers } from '../lib/notify'
import { saveCase } from '../lib/save'

/**
 * The org holding a pending case accepts it. A supervising parent org's officer "accepting" a supervised case
 * takes it over: the case moves to their org and is accepted there in one write.
 */
export const accept = action({
  input: acceptInput,
  async handle({ id }, ctx) {
    const access = await loadForOfficer(ctx, id)
    const { org } = access
    let c = access.c
    const calendar = await ctx.deps.calendar()
    const events = []
    if (canTakeOver(c, org)) {
      const move = moveTo(c, org, { type: 'transferred', reason: 'TAKEN_OVER', now: ctx.now, calendar })
      c = { ...c, ...move.patch }
      events.push(move.event)
    } else {
      requireHolder(access)
      if (c.status !== 'pending') return fail('GRIEVANCE.NOT_OPEN', c.status === 'accepted' ? '这条诉求已经受理' : GRIEVANCE_ERRORS['GRIEVANCE.NOT_OPEN'])
    }
    const clock = acceptClock(ctx.now, calendar)
    events.push({ at: toIso(ctx.now), type: 'accepted' as const, fromOrgId: null, toOrgId: c.assignedOrgId, reason: null })
    const saved = await saveCase(ctx, access.c, { ...c, ...clock.patch }, events)
    await audit(ctx, 'grievance.accept', 'grievance', id, { orgId: org.id })
    await notifyWorkers(ctx, saved, 'grievance.accepted', '诉求已受理', `工会已受理，承诺在 ${saved.resolveBy?.slice(5, 10)} 前办结`, access.people)
    return { id, status: saved.status, acceptedAt: saved.acceptedAt, resolveBy: saved.resolveBy, assignedOrgId: saved.assignedOrgId }
  },
})
