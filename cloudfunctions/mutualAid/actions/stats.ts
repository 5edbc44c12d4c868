import { statsInput } from '../../../types/mutual-aid'
import { mutualAidOrgStats, mutualAidStatsCsv } from '../../_lib/domain/mutual-aid/stats'
import { requireOfficerFor } from '../../_lib/runtime/authz'
import { action } from '../../_lib/runtime/function'
import { shanghaiDay } from '../../_lib/runtime/time'
import { plansOfYear, statsFacts } from '../lib/stats'

/**
 * 医疗互助统计 for an org in the officer's scope (rolled up) and each org directly below it, for one cover year
 * (default: this year in Shanghai): enrolled, fees due / confirmed, claims by status, paid total, payout ratio,
 * median working days submission → payment, returned and rejected by code. Counts and sums only. CSV as for
 * grievance and legal statistics.
 */
export const stats = action({
  input: statsInput,
  async handle({ orgId, year, format }, ctx) {
    const { store } = ctx.deps
    const { org } = await requireOfficerFor(ctx, 'officer', orgId)
    const y = year ?? Number(shanghaiDay(ctx.now).slice(0, 4))
    const plans = await plansOfYear(store, y)
    const [facts, calendar] = await Promise.all([statsFacts(store, org, plans), ctx.deps.calendar()])
    const rowOrgs = [org, ...facts.orgs.filter((o) => o.parentId === org.id)]
    const rows = rowOrgs.map((o) => ({ org: { id: o.id, name: o.name, type: o.type }, stats: mutualAidOrgStats(facts.enrolments, facts.claims, o.id, calendar) }))
    if (format === 'csv') return { format: 'csv' as const, filename: `医疗互助统计-${org.name}-${y}.csv`, csv: mutualAidStatsCsv(rows), truncated: facts.truncated }
    return { format: 'json' as const, orgId: org.id, year: y, plans: plans.map((p) => ({ id: p.id, name: p.name })), truncated: facts.truncated, org: rows[0], children: rows.slice(1) }
  },
})
