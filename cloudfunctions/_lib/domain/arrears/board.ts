/**
 * The town's month board (pure): every enterprise in scope with its state, grouped by area committee, with totals.
 * An enterprise's group is the area committee on its filer's path (its union or joint union under a 片区工委);
 * enterprises filed by the town itself, or by a joint union directly under the town or above it, are 镇直属.
 */
import type { Enterprise, Org } from '../../../../types/directory'
import { DIRECT_GROUP_LABEL, type BoardState } from '../../../../types/arrears-labels'
import { inScope, pathIds } from '../scope'
import { filerOf } from './filer'

export type BoardOrg = Pick<Org, 'id' | 'name' | 'type' | 'path'>
export type ArrearsDetail = { workers: number; amount: number; since: string; cause: string }
/** What the board needs of a stored report. */
export type BoardReport = { enterpriseId: string; arrears: Omit<ArrearsDetail, 'cause'> | null; caseId: string | null; filedAt: string }

/**
 * One enterprise on the board, kept small (a town has thousands): org names are in the board's `names`, and the
 * arrears fields, the case and `late` are present only when they apply.
 */
export type BoardRow = {
  enterpriseId: string
  enterpriseName: string
  state: BoardState
  /** The area committee, or null for 镇直属. */
  groupId: string | null
  filerOrgId: string
  workers?: number
  amount?: number
  since?: string
  caseId?: string
  /** Filed after the due time. */
  late?: true
}

export type BoardTotals = Record<BoardState, number> & { enterprises: number; workers: number; amount: number }
export type BoardGroup = { id: string | null; name: string; totals: BoardTotals }

export const emptyTotals = (): BoardTotals => ({ enterprises: 0, filed: 0, missing: 0, overdue: 0, arrears: 0, workers: 0, amount: 0 })

function add(t: BoardTotals, row: BoardRow) {
  t.enterprises++
  t[row.state]++
  t.workers += row.workers ?? 0
  t.amount = Math.round((t.amount + (row.amount ?? 0)) * 100) / 100
}

/** The area committee on an org's path, if any (the path's orgs must be in `orgs` to be recognised). */
function areaOf(filer: BoardOrg | undefined, orgs: ReadonlyMap<string, BoardOrg>): BoardOrg | null {
  if (!filer) return null
  for (const id of pathIds(filer.path)) {
    const o = orgs.get(id)
    if (o?.type === 'area_committee') return o
  }
  return null
}

export function stateOf(report: BoardReport | undefined, pastDue: boolean): BoardState {
  if (report) return report.arrears ? 'arrears' : 'filed'
  return pastDue ? 'overdue' : 'missing'
}

export type Board = { rows: BoardRow[]; totals: BoardTotals; groups: BoardGroup[]; names: Record<string, string> }

export function buildBoard(input: {
  enterprises: readonly Enterprise[]
  reports: readonly BoardReport[]
  orgs: ReadonlyMap<string, BoardOrg>
  /** The board's org: the town (every enterprise of it) or an org below it (the enterprises its subtree files for). */
  scope: BoardOrg
  /** The month's due time (ISO +08:00) and the request's time, same format. */
  dueBy: string
  now: string
}): Board {
  const { orgs, scope } = input
  const pastDue = input.now >= input.dueBy
  // Reports by enterprise: a merge walk when both lists are in id order (as the stores give them), else a map.
  const reports = input.reports
  const es = input.enterprises
  const sorted = reports.every((r, i) => i === 0 || reports[i - 1].enterpriseId < r.enterpriseId) && es.every((e, i) => i === 0 || es[i - 1].id < e.id)
  const byEnterprise = sorted ? null : new Map(reports.map((r) => [r.enterpriseId, r]))
  let k = 0
  const reportOf = (id: string): BoardReport | undefined => {
    if (byEnterprise) return byEnterprise.get(id)
    while (k < reports.length && reports[k].enterpriseId < id) k++
    return k < reports.length && reports[k].enterpriseId === id ? reports[k] : undefined
  }
  const names: Record<string, string> = {}
  // Rows bucketed by group in one pass (enterprises come in id order, so each bucket is in id order too).
  const buckets = new Map<string | null, BoardRow[]>()
  const areaOfFiler = new Map<string, BoardOrg | null>()
  for (const e of input.enterprises) {
    const filerId = filerOf(e)
    const filer = orgs.get(filerId)
    if (scope.type !== 'town_federation' && !(filer && inScope(scope.id, filer.path))) continue
    let area = areaOfFiler.get(filerId)
    if (area === undefined) {
      area = areaOf(filer, orgs)
      areaOfFiler.set(filerId, area)
      names[filerId] = filer?.name ?? filerId
      if (area) names[area.id] = area.name
    }
    const report = reportOf(e.id)
    const row: BoardRow = { enterpriseId: e.id, enterpriseName: e.name, state: stateOf(report, pastDue), groupId: area?.id ?? null, filerOrgId: filerId }
    if (report?.arrears) {
      row.workers = report.arrears.workers
      row.amount = report.arrears.amount
      row.since = report.arrears.since
    }
    if (report?.caseId) row.caseId = report.caseId
    if (report && report.filedAt >= input.dueBy) row.late = true
    let bucket = buckets.get(row.groupId)
    if (!bucket) buckets.set(row.groupId, (bucket = []))
    bucket.push(row)
  }
  // Area committees in id order, 镇直属 last.
  const order = [...buckets.keys()].sort((a, b) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0))
  const rows: BoardRow[] = []
  const totals = emptyTotals()
  const groups: BoardGroup[] = []
  for (const id of order) {
    const g: BoardGroup = { id, name: id === null ? DIRECT_GROUP_LABEL : names[id], totals: emptyTotals() }
    for (const row of buckets.get(id)!) {
      rows.push(row)
      add(totals, row)
      add(g.totals, row)
    }
    groups.push(g)
  }
  return { rows, totals, groups, names }
}
