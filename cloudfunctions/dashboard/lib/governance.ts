/**
 * The arrears board and organising progress on the dashboard (issue 13 §1, §2), through those capabilities' ports,
 * kept in the rollup by the hourly refresh for towns and the city (the sum of its towns). Organising: `townTotals`.
 * Arrears: each town's board of the last ended month, built by the board's own pure function from the town's
 * directory and that month's reports (the same numbers arrears.board shows).
 */
import type { ArrearsTotals, OrganisingTotals, OrgRollup } from '../../../types/dashboard'
import type { ActionContext } from '../../_lib/runtime/deps'
import { buildBoard } from '../../_lib/domain/arrears/board'
import { dueByOf } from '../../_lib/domain/arrears/due'
import { toIso } from '../../_lib/runtime/time'
import { townDirectory } from '../../arrears/lib/town-directory'

/** Organising totals for every town and city, by org id. */
export async function organisingByOrg(ctx: ActionContext, year: string): Promise<Map<string, OrganisingTotals>> {
  const { store } = ctx.deps
  const towns = await store.directory.listTowns()
  if (towns.length === 0) return new Map()
  const totals = await store.organising.townTotals(towns.map((t) => t.id), `${year}-01-01T00:00:00+08:00`)
  const sums = new Map<string, { onList: number; organisedThisYear: number; covered: number; all: number }>()
  const parentOf = new Map(towns.map((t) => [t.id, t.parentId]))
  for (const t of totals)
    for (const id of [t.townId, parentOf.get(t.townId)]) {
      if (!id) continue
      const s = sums.get(id) ?? { onList: 0, organisedThisYear: 0, covered: 0, all: 0 }
      sums.set(id, { onList: s.onList + t.onList, organisedThisYear: s.organisedThisYear + t.organisedThisYear, covered: s.covered + t.insuredCovered, all: s.all + t.insuredAll })
    }
  const out = new Map<string, OrganisingTotals>()
  for (const [id, s] of sums)
    if (s.all > 0) out.set(id, { onList: s.onList, organisedThisYear: s.organisedThisYear, coverageRate: Math.round((s.covered / s.all) * 10_000) / 10_000 })
  return out
}

/** `YYYY-MM` of the month before `day` (`YYYY-MM-DD`): the board the filers are working on. */
export function lastEndedMonth(day: string): string {
  const [y, m] = day.split('-').map(Number)
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`
}

/** Arrears board totals of `month` for every town and city, by org id. */
export async function arrearsByOrg(ctx: ActionContext, month: string): Promise<Map<string, ArrearsTotals>> {
  const { store } = ctx.deps
  const [towns, calendar] = await Promise.all([store.directory.listTowns(), ctx.deps.calendar()])
  const due = dueByOf(month, calendar).at
  const out = new Map<string, ArrearsTotals>()
  for (const town of towns) {
    const [dir, reports] = await Promise.all([townDirectory(ctx, town.id), store.arrears.listTownMonth(town.id, month)])
    const { totals } = buildBoard({ enterprises: dir.enterprises, reports, orgs: dir.orgs, scope: town, dueBy: due, now: toIso(ctx.now) })
    for (const id of [town.id, town.parentId]) {
      if (!id) continue
      const s = out.get(id) ?? { month, filed: 0, missing: 0, overdue: 0, arrears: 0 }
      out.set(id, { month, filed: s.filed + totals.filed, missing: s.missing + totals.missing, overdue: s.overdue + totals.overdue, arrears: s.arrears + totals.arrears })
    }
  }
  return out
}

export function governanceTotals(rollup: OrgRollup): { arrears: ArrearsTotals | null; organising: OrganisingTotals | null } {
  return { arrears: rollup.arrears ?? null, organising: rollup.organising ?? null }
}
