import { getInput, type DashboardView } from '../../../types/dashboard'
import { emptyRollup, lastMonths } from '../../_lib/domain/dashboard/rollup'
import { requireOfficerFor } from '../../_lib/runtime/authz'
import { action } from '../../_lib/runtime/function'
import { shanghaiDay, toIso } from '../../_lib/runtime/time'
import { governanceTotals } from '../lib/governance'

/**
 * 工作看板 of an org in the officer's scope (default: their own), rolled up over its subtree: the rollup the hourly
 * refresh keeps (one read), plus the arrears and organising totals once those capabilities are wired (null: "—").
 */
export const get = action({
  input: getInput,
  async handle({ orgId }, ctx) {
    const { org } = await requireOfficerFor(ctx, 'officer', orgId)
    const stored = await ctx.deps.store.dashboard.get(org.id)
    const rollup = stored ?? emptyRollup(org.id, lastMonths(shanghaiDay(ctx.now).slice(0, 7)), toIso(ctx.now))
    const view: DashboardView = {
      org: { id: org.id, name: org.name, type: org.type },
      computedAt: stored?.computedAt ?? null,
      rollup,
      ...governanceTotals(rollup),
    }
    return view
  },
})
