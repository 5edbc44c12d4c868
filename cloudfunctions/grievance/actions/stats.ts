import type { Org } from '../../../types/directory'
import { statsInput } from '../../../types/grievance'
import { statsCsv } from '../../_lib/domain/grievance/csv'
import { emptyCounters, orgStats, rollUp } from '../../_lib/domain/grievance/stats'
import { requireOfficerFor } from '../../_lib/runtime/authz'
import { action } from '../../_lib/runtime/function'
import { startOfShanghaiDay, toIso } from '../../_lib/runtime/time'
import { childrenOf, countsByPath } from '../lib/stats'

const DAY_MS = 86_400_000
/** Later than any case's createdAt: an open-ended window. */
const NO_END = '9999-12-31T00:00:00+08:00'

/**
 * 统计: received (held now), accepted on time, resolved within 15 days, closure rate, satisfaction, reopened,
 * supervised and escalated away (missed accept-by, counted at the org that missed), for an org in the
 * officer's scope (rolled up over everything below it) and for each of its direct children.
 * `from`/`to` are Shanghai days, inclusive, on the day a case was created. Rates under 5 cases are null.
 */
export const stats = action({
  input: statsInput,
  async handle({ orgId, from, to, format }, ctx) {
    const { org } = await requireOfficerFor(ctx, 'officer', orgId)
    const start = from ? toIso(startOfShanghaiDay(from)) : ''
    const end = to ? toIso(new Date(startOfShanghaiDay(to).getTime() + DAY_MS)) : NO_END
    const { own, cases, truncated } = await countsByPath(ctx.deps.store, org.path, start, end)
    const totals = rollUp(own)
    const rows = [org, ...(await childrenOf(ctx.deps.store, org))].map((o: Org) => ({
      org: { id: o.id, name: o.name, type: o.type },
      stats: orgStats(totals.get(o.id) ?? emptyCounters()),
    }))
    if (format === 'csv')
      return { format: 'csv' as const, filename: `诉求统计-${org.name}-${from ?? '开始'}-${to ?? '至今'}.csv`, csv: statsCsv(rows), truncated }
    return { format: 'json' as const, orgId: org.id, from: from ?? null, to: to ?? null, cases, truncated, org: rows[0], children: rows.slice(1) }
  },
})
