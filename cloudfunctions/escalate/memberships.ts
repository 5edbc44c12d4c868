/**
 * Membership applications in the hourly sweep: an application not reviewed by its review-by climbs to the
 * parent org with a fresh 15-working-day window; at the root it is marked overdue. The same ladder and
 * calendar as grievances (cloudfunctions/_lib/domain/membership/review.ts).
 */
import { decideReviewSweep } from '../_lib/domain/membership/review'
import type { Budget } from './budget'
import type { ActionContext } from '../_lib/runtime/deps'
import { AppError } from '../_lib/runtime/result'
import { toIso } from '../_lib/runtime/time'
import type { Application } from '../_lib/store/port'
import { chainOf } from '../grievance/lib/placement'
import { notifyOrg, notifyWorker } from '../membership/lib/notify'
import { saveApplication } from '../membership/lib/save'
import { reviewByLabel } from '../membership/lib/views'


/** A CONFLICT (someone saved the application first) is null; anything else is a bug and propagates. */
function lostRace(err: unknown): null {
  if (err instanceof AppError && err.failure.code === 'CONFLICT') return null
  throw err
}

export async function sweepApplications(ctx: ActionContext, budget: Budget) {
  const { store } = ctx.deps
  const calendar = await ctx.deps.calendar()
  const counts = { escalated: 0, overdue: 0, conflicts: 0 }
  let after: string | undefined
  for (;;) {
    const page = await store.memberships.listDue(toIso(ctx.now), after, 100)
    for (const a of page.items) {
      if (budget.spent()) {
        budget.incomplete = true
        return counts
      }
      const decision = decideReviewSweep(a, await chainOf(store, a.assignedPath), ctx.now, calendar)
      if (!decision) continue
      const saved = await saveApplication(ctx, a, decision.patch as Partial<Application>, [decision.event]).catch(lostRace)
      if (!saved) {
        counts.conflicts++ // an officer decided it meanwhile; the next run re-reads it
        continue
      }
      if (decision.kind === 'overdue') {
        counts.overdue++
        continue
      }
      counts.escalated++
      const by = reviewByLabel(saved)
      await notifyOrg(ctx, decision.to.id, 'membership.escalated', a.id, '下级工会超时未审核的入会申请已转来', `请在 ${by} 前审核`)
      await notifyWorker(ctx, a.holderKey, 'membership.escalated', a.id, '入会申请已升级', `原工会未按时审核，已交给${decision.to.name}，须在 ${by} 前审核`)
    }
    if (!page.next) break
    after = page.next
  }
  return counts
}
