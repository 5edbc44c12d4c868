/**
 * Mutual-aid claims in the hourly sweep (issue 12 §4): a decision missed by its decide-by climbs the ladder like
 * grievances — the nearest federation above approves it with a fresh decide-by (5 working days); at the city it is
 * flagged overdue and stays. Notifications name neither the member nor anything of the stay. Then claim filings a
 * crash left unfinished on CloudBase are repaired (store/cloudbase/mutual-aid-filing.ts), and rejections whose
 * release of the reservation a crash may have lost are finished (store/cloudbase/mutual-aid-release.ts).
 */
import { deadlineLabel } from '../../types/grievance-labels'
import { sweepClaim } from '../_lib/domain/mutual-aid/decide'
import type { ActionContext } from '../_lib/runtime/deps'
import { AppError } from '../_lib/runtime/result'
import { toIso } from '../_lib/runtime/time'
import type { Claim } from '../_lib/store/mutual-aid-port'
import { chainOf } from '../grievance/lib/placement'
import { notifyMember, notifyOrg } from '../mutualAid/lib/notify'
import { saveClaim } from '../mutualAid/lib/save'
import type { Budget } from './budget'

/** A filing still open this long ago has died: far beyond the mutualAid function's timeout (60 s). */
export const FILING_GRACE_MS = 15 * 60_000

type Settled = { settled: number; released: number; next: string | null }

/** Walks one settling pass page by page, as far as the sweep's budget allows. */
async function settleAll(ctx: ActionContext, budget: Budget, settle: (before: string, after: string | undefined) => Promise<Settled>) {
  const before = toIso(new Date(ctx.now.getTime() - FILING_GRACE_MS))
  const counts = { settled: 0, released: 0 }
  let after: string | undefined
  do {
    if (budget.spent()) {
      budget.incomplete = true
      return counts
    }
    const page = await settle(before, after)
    counts.settled += page.settled
    counts.released += page.released
    after = page.next ?? undefined
  } while (after)
  return counts
}

/** Reservations (and invoice keys) of filings that never completed are given back; completed ones are settled. */
const settleFilings = (ctx: ActionContext, budget: Budget) =>
  settleAll(ctx, budget, (before, after) => ctx.deps.store.mutualAid.settleFilings(before, after, 100))

/** Rejections whose release of the reservation a crash may have lost: made if so, then their marks cleared. */
const settleRejections = (ctx: ActionContext, budget: Budget) =>
  settleAll(ctx, budget, (before, after) => ctx.deps.store.mutualAid.settleRejections(before, after, 100))

const lostRace = (err: unknown): null => {
  if (err instanceof AppError && err.failure.code === 'CONFLICT') return null
  throw err
}

export async function sweepMutualAidClaims(ctx: ActionContext, budget: Budget) {
  const { store } = ctx.deps
  const calendar = await ctx.deps.calendar()
  const counts = { escalated: 0, overdue: 0, conflicts: 0, filings: { settled: 0, released: 0 }, rejections: { settled: 0, released: 0 } }
  let after: string | undefined
  for (;;) {
    const page = await store.mutualAid.listClaimsDue(toIso(ctx.now), after, 100)
    for (const c of page.items) {
      if (budget.spent()) {
        budget.incomplete = true
        return counts
      }
      const step = sweepClaim(c, await chainOf(store, c.approvePath), ctx.now, calendar)
      if (!step) continue
      const at = toIso(ctx.now)
      const patch: Partial<Claim> = step.kind === 'overdue'
        ? { overdue: true, escalateAt: null }
        : { approveOrgId: step.to.id, approvePath: step.to.path, decideBy: step.decideBy, escalateAt: step.decideBy }
      const note = step.kind === 'overdue' ? '逾期未审批' : '逾期未审批，转上级工会'
      const saved = await saveClaim(ctx, c, patch, [{ at, type: 'escalated', actor: null, note }]).catch(lostRace)
      if (!saved) {
        counts.conflicts++
        continue
      }
      if (step.kind === 'overdue') {
        counts.overdue++
        continue
      }
      counts.escalated++
      await notifyOrg(ctx, step.to.id, saved, 'mutualAid.escalated', '下级工会逾期未审批的医疗互助申请已转来', `请在 ${deadlineLabel(step.decideBy)} 前审批`)
      await notifyMember(ctx, saved, 'mutualAid.escalated', '互助申请已转上级工会审批', '原工会未按时审批，已转上级工会')
    }
    if (!page.next) break
    after = page.next
  }
  counts.filings = await settleFilings(ctx, budget)
  counts.rejections = await settleRejections(ctx, budget)
  return counts
}
