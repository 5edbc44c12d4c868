/**
 * The dashboard rollup (issue 13 §4): every org's figures over its subtree, from one read of the whole tree's
 * records of the last 12 months. Pure. The figures are the statistics' own: grievance counters through
 * `tally`/`rollUp`/`orgStats`, consultations through `legalOrgStats`, claims through `mutualAidOrgStats` — this file
 * only groups the records by month and org.
 */
import { OPEN_STATUSES, type GrievanceStatus } from '../../../../types/grievance'
import type { DashboardMonth, OrgRollup } from '../../../../types/dashboard'
import type { WorkCalendar } from '../calendar'
import { escalationsAway, orgStats, rollUp, tally, emptyCounters, type CaseFacts } from '../grievance/stats'
import { legalOrgStats, type ConsultFacts } from '../legal/stats'
import { mutualAidOrgStats, type ClaimFacts } from '../mutual-aid/stats'
import { pathIds } from '../scope'

export type CaseRow = { assignedPath: string; status: GrievanceStatus; month: string; missedPaths: string[]; facts: CaseFacts }
export type ConsultRow = { month: string; facts: ConsultFacts }

export type RollupInput = {
  /** The 12 months shown, oldest first (`YYYY-MM`). */
  months: string[]
  computedAt: string
  cases: CaseRow[]
  consultations: ConsultRow[]
  /** Paths of the orgs the consultations reached (id → path). */
  paths: ReadonlyMap<string, string>
  /** Claims of the plans of this cover year and the one before. */
  claims: ClaimFacts[]
  /** Pending membership applications. */
  applications: Array<{ assignedPath: string; overdue: boolean }>
  calendar: WorkCalendar
  truncated: boolean
}

/** The 12 months ending with `month` (`YYYY-MM`), oldest first. */
export function lastMonths(month: string, n = 12): string[] {
  const [y, m] = month.split('-').map(Number)
  return Array.from({ length: n }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 - (n - 1 - i), 1))
    return d.toISOString().slice(0, 7)
  })
}

/** The month of a stored instant (ISO with +08:00: its first 7 characters are the Shanghai month). */
export const monthOf = (iso: string) => iso.slice(0, 7)

function countUp(paths: Iterable<string>): Map<string, number> {
  const out = new Map<string, number>()
  for (const p of paths) for (const id of pathIds(p)) out.set(id, (out.get(id) ?? 0) + 1)
  return out
}

const PENDING_CLAIM = ['submitted', 'checked', 'approved'] as const

export function emptyRollup(orgId: string, months: string[], computedAt: string): OrgRollup {
  const rates = orgStats(emptyCounters())
  return {
    orgId, computedAt, truncated: false,
    months: months.map((month) => ({ month, grievancesReceived: 0, onTimeAcceptRate: null, satisfiedRate: null, consultations: 0, answeredWithin24hRate: null, mutualAidPaid: 0 })),
    grievances: { open: { pending: 0, accepted: 0, awaiting_info: 0 }, received: 0, onTimeAcceptRate: rates.onTimeAcceptRate, satisfiedRate: rates.satisfiedRate },
    memberships: { pending: 0, overdue: 0 },
    legal: { consultations: 0, answeredWithin24hRate: null },
    mutualAid: { pending: 0, paidThisYear: 0, paidCountThisYear: 0 },
  }
}

function grievanceTotals(cases: readonly CaseRow[]) {
  const byPath = new Map<string, CaseFacts[]>()
  for (const c of cases) byPath.set(c.assignedPath, [...(byPath.get(c.assignedPath) ?? []), c.facts])
  const own = [...byPath].map(([path, list]) => ({ path, counters: tally(list) }))
  return rollUp([...own, ...escalationsAway(cases.flatMap((c) => c.missedPaths))])
}

/** One rollup per org that any record touches (the org holding it and every org above). */
export function buildRollups(input: RollupInput): OrgRollup[] {
  const { months, cases, consultations, claims, calendar } = input
  const year = months[months.length - 1].slice(0, 4)
  const rollups = new Map<string, OrgRollup>()
  const of = (id: string) => rollups.get(id) ?? rollups.set(id, { ...emptyRollup(id, months, input.computedAt), truncated: input.truncated }).get(id)!
  const monthIndex = new Map(months.map((m, i) => [m, i]))
  const slot = (id: string, month: string): DashboardMonth | undefined => of(id).months[monthIndex.get(month) ?? -1]

  for (const [id, counters] of grievanceTotals(cases)) {
    const s = orgStats(counters)
    Object.assign(of(id).grievances, { received: s.received, onTimeAcceptRate: s.onTimeAcceptRate, satisfiedRate: s.satisfiedRate })
  }
  for (const month of months)
    for (const [id, counters] of grievanceTotals(cases.filter((c) => c.month === month))) {
      const s = orgStats(counters)
      Object.assign(slot(id, month)!, { grievancesReceived: s.received, onTimeAcceptRate: s.onTimeAcceptRate, satisfiedRate: s.satisfiedRate })
    }
  for (const status of OPEN_STATUSES)
    for (const [id, n] of countUp(cases.filter((c) => c.status === status).map((c) => c.assignedPath)))
      of(id).grievances.open[status as keyof OrgRollup['grievances']['open']] = n

  for (const [id, n] of countUp(input.applications.map((a) => a.assignedPath))) of(id).memberships.pending = n
  for (const [id, n] of countUp(input.applications.filter((a) => a.overdue).map((a) => a.assignedPath))) of(id).memberships.overdue = n

  const legalOrgs = new Set([...input.paths.values()].flatMap(pathIds))
  for (const id of legalOrgs) {
    const inSubtree = (orgId: string) => (input.paths.get(orgId) ?? '').includes(`/${id}/`)
    const all = legalOrgStats(consultations.map((c) => c.facts), inSubtree)
    if (all.consultations === 0) continue
    of(id).legal = { consultations: all.consultations, answeredWithin24hRate: all.answeredWithin24hRate }
    for (const month of months) {
      const s = legalOrgStats(consultations.filter((c) => c.month === month).map((c) => c.facts), inSubtree)
      Object.assign(slot(id, month)!, { consultations: s.consultations, answeredWithin24hRate: s.answeredWithin24hRate })
    }
  }

  const paidIn = (prefix: string) => claims.filter((c) => c.status === 'paid' && c.paidAt !== null && c.paidAt.startsWith(prefix))
  const thisYear = paidIn(year)
  const byMonth = new Map(months.map((m) => [m, paidIn(m)]))
  for (const id of new Set(claims.flatMap((c) => pathIds(c.reviewPath)))) {
    const open = mutualAidOrgStats([], claims, id, calendar).byStatus
    const paid = mutualAidOrgStats([], thisYear, id, calendar)
    of(id).mutualAid = { pending: PENDING_CLAIM.reduce((n, s) => n + open[s], 0), paidThisYear: paid.paidTotal, paidCountThisYear: paid.byStatus.paid }
    for (const month of months) slot(id, month)!.mutualAidPaid = mutualAidOrgStats([], byMonth.get(month)!, id, calendar).paidTotal
  }
  return [...rollups.values()].sort((a, b) => (a.orgId < b.orgId ? -1 : 1))
}
