import type { Org } from '../../../types/directory'
import { statsInput } from '../../../types/legal'
import { legalStatsCsv } from '../../_lib/domain/legal/csv'
import { legalOrgStats } from '../../_lib/domain/legal/stats'
import { requireOfficerFor } from '../../_lib/runtime/authz'
import { action } from '../../_lib/runtime/function'
import { startOfShanghaiDay, toIso } from '../../_lib/runtime/time'
import { aidCsvCells, aidOrgStats, AID_CSV_HEADER } from '../../_lib/domain/legal/aid-stats'
import { aidRecords, consultationFacts, subtreeTest } from '../lib/stats'

const DAY_MS = 86_400_000
/** Later than any createdAt: an open-ended window. */
const NO_END = '9999-12-31T00:00:00+08:00'

/**
 * 法律服务统计 for an org in the officer's scope (rolled up) and each child federation: consultations, answered within
 * 24 h (%), median time to first answer, satisfaction, supervised, missed (domain/legal/stats.ts). `from`/`to`:
 * Shanghai days, inclusive, on the day a consultation was asked. CSV like grievance statistics.
 * Legal aid: its figures join each row as `aid` (JSON) and as more CSV columns (`legalStatsCsv`'s `extra`).
 */
export const stats = action({
  input: statsInput,
  async handle({ orgId, from, to, format }, ctx) {
    const { store } = ctx.deps
    const { org } = await requireOfficerFor(ctx, 'officer', orgId)
    const start = from ? toIso(startOfShanghaiDay(from)) : ''
    const end = to ? toIso(new Date(startOfShanghaiDay(to).getTime() + DAY_MS)) : NO_END
    const [{ facts, truncated }, aid] = await Promise.all([consultationFacts(store, org, start, end), aidRecords(store, org, start, end)])
    const inSubtree = await subtreeTest(store, facts)
    // Only federations hold consultations: a city's rows are its towns (one cached read), a town has none below.
    const children = org.type === 'city_federation' ? (await store.directory.listTowns()).filter((t) => t.parentId === org.id) : []
    const rows = [org, ...children].map((o: Org) => ({
      org: { id: o.id, name: o.name, type: o.type },
      consultations: legalOrgStats(facts, inSubtree(o)),
      aid: aidOrgStats(aid.records, (holder) => aid.paths.get(holder)?.includes(`/${o.id}/`) ?? false),
    }))
    if (format === 'csv')
      return { format: 'csv' as const, filename: `法律服务统计-${org.name}-${from ?? '开始'}-${to ?? '至今'}.csv`, csv: legalStatsCsv(rows.map((r) => ({ ...r, extra: aidCsvCells(r.aid) })), AID_CSV_HEADER), truncated: truncated || aid.truncated }
    return { format: 'json' as const, orgId: org.id, from: from ?? null, to: to ?? null, truncated: truncated || aid.truncated, org: rows[0], children: rows.slice(1) }
  },
})
