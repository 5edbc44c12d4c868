import * as z from 'zod/mini'
import { decideSweep } from '../../_lib/domain/grievance/escalation'
import { action } from '../../_lib/runtime/function'
import type { ActionContext } from '../../_lib/runtime/deps'
import { toIso } from '../../_lib/runtime/time'
import type { GrievanceCase } from '../../_lib/store/port'
import { chainOf } from '../../grievance/lib/placement'
import { notifyOrg, notifyWorkers } from '../../grievance/lib/notify'
import { saveCase } from '../../grievance/lib/save'
import { budgetOf, SWEEP_BUDGET_MS, type Budget } from '../budget'
import { sendDueCheckins } from '../checkins'
import { sweepApplications } from '../memberships'
import { removeAbandonedUploads } from '../uploads'
import { removeEndedCounters } from '../quota'
import { sendDueReminders, sweepConsultations } from '../legal'
import { sweepAidApplications } from '../legal-aid'
import { sweepMutualAidClaims } from '../mutual-aid'
import { sendArrearsReminders } from '../arrears'
import { sendOrganisingReminders } from '../organising'
import { sweepRadar } from '../radar'

async function sweepKind(ctx: ActionContext, kind: 'escalate' | 'supervise', budget: Budget) {
  const { store } = ctx.deps
  const calendar = await ctx.deps.calendar()
  const counts = { escalated: 0, overdue: 0, supervised: 0, conflicts: 0 }
  let after: string | undefined
  for (;;) {
    const page = await store.grievances.listDue(kind, toIso(ctx.now), after, 100)
    for (const c of page.items) {
      if (budget.spent()) {
        budget.incomplete = true
        return counts
      }
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

/**
 * The hourly timer: escalate unaccepted cases, supervise unresolved ones, move unanswered legal consultations, send due
 * retaliation check-ins, escalate unreviewed membership applications and undecided mutual-aid claims, send due
 * limitation reminders, remove evidence uploads left unfinished for a day and limit counters whose period has ended.
 */
export const sweep = action({
  input: z.object({}),
  access: 'system',
  async handle(_input, ctx) {
    // Most urgent first: unaccepted cases, unresolved ones, consultations, applications, check-ins, reminders, abandoned uploads; one budget for all.
    const budget = budgetOf(ctx.deps.limits.sweepBudgetMs ?? SWEEP_BUDGET_MS)
    const escalation = await sweepKind(ctx, 'escalate', budget)
    const supervision = await sweepKind(ctx, 'supervise', budget)
    // Legal consultations run on 24 clock hours: next in urgency after unaccepted and unresolved cases.
    const consultations = await sweepConsultations(ctx, budget)
    const legalAid = await sweepAidApplications(ctx, budget)
    const mutualAid = await sweepMutualAidClaims(ctx, budget)
    const memberships = await sweepApplications(ctx, budget)
    const checkins = await sendDueCheckins(ctx, budget)
    const reminders = await sendDueReminders(ctx, budget)
    const arrearsReminders = await sendArrearsReminders(ctx, budget)
    const organising = await sendOrganisingReminders(ctx, budget)
    const uploads = await removeAbandonedUploads(ctx, budget)
    const quota = await removeEndedCounters(ctx, budget)
    // Risk radar alerts last: a day's delay costs nothing, and each town's recompute is at most daily.
    const radar = await sweepRadar(ctx, budget)
    return {
      at: toIso(ctx.now), ...escalation, supervised: supervision.supervised, conflicts: escalation.conflicts + supervision.conflicts,
      checkins, memberships, uploads, quota, consultations, legalAid, mutualAid, reminders, arrearsReminders, organising, radar,
      /** False when the budget ran out with work left: the next run goes on with it. */
      complete: !budget.incomplete,
    }
  },
})
