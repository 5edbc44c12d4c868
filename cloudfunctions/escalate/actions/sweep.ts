import * as z from 'zod/mini'
import { decideSweep } from '../../_lib/domain/grievance/escalation'
import { action } from '../../_lib/runtime/function'
import type { ActionContext } from '../../_lib/runtime/deps'
import { toIso } from '../../_lib/runtime/time'
import type { GrievanceCase } from '../../_lib/store/port'
import { chainOf } from '../../grievance/lib/placement'
import { notifyOrg, notifyWorkers } from '../../grievance/lib/notify'
import { saveCase } from '../../grievance/lib/save'
import { sendDueCheckins } from '../checkins'
import { sweepApplications } from '../memberships'

/** One run handles at most this many cases per kind, so it ends well inside the function timeout; the next hour continues. */
const MAX_PER_RUN = 5_000

async function sweepKind(ctx: ActionContext, kind: 'escalate' | 'supervise') {
  const { store } = ctx.deps
  const calendar = await ctx.deps.calendar()
  const counts = { escalated: 0, overdue: 0, supervised: 0, conflicts: 0 }
  let after: string | undefined
  for (let seen = 0; seen < MAX_PER_RUN; ) {
    const page = await store.grievances.listDue(kind, toIso(ctx.now), after, 100)
    for (const c of page.items) {
      seen++
      const decision = decideSweep(c, await chainOf(store, c.assignedPath), ctx.now, calendar)
      if (!decision) continue
      try {
        const saved = await saveCase(ctx, c, decision.patch as Partial<GrievanceCase>, [decision.event])
        if (decision.kind === 'escalate') {
          counts.escalated++
          await notifyOrg(ctx, decision.to.id, saved, 'grievance.escalated', '下级工会超时未受理的诉求已转来')
          await notifyWorkers(ctx, saved, 'grievance.escalated', '诉求已升级', `原工会未按时受理，已交给${decision.to.name}`)
        } else if (decision.kind === 'overdue') counts.overdue++
        else {
          counts.supervised++
          if (saved.supervisorOrgId) await notifyOrg(ctx, saved.supervisorOrgId, saved, 'grievance.supervised', '有下级工会超时未办结的诉求需要督办')
        }
      } catch {
        counts.conflicts++ // an officer acted on it meanwhile; the next run re-reads it
      }
    }
    if (!page.next) break
    after = page.next
  }
  return counts
}

/** The hourly timer: escalate unaccepted cases, supervise unresolved ones, send due retaliation check-ins, escalate unreviewed membership applications. */
export const sweep = action({
  input: z.object({}),
  access: 'system',
  async handle(_input, ctx) {
    const escalation = await sweepKind(ctx, 'escalate')
    const supervision = await sweepKind(ctx, 'supervise')
    const checkins = await sendDueCheckins(ctx)
    const memberships = await sweepApplications(ctx)
    return { at: toIso(ctx.now), ...escalation, supervised: supervision.supervised, conflicts: escalation.conflicts + supervision.conflicts, checkins, memberships }
  },
})
