/**
 * What the radar scores per enterprise (pure): grievance case counts by category — named and protected
 * (anonymous / employer-blind) apart, so a grassroots view can leave the protected ones out — plus the zero-report
 * and insured-staff facts from the arrears and organising capabilities. Merged from the store's grouped counts.
 */
import { GRIEVANCE_CATEGORIES, type GrievanceCategory } from '../../../../types/grievance-labels'

export type CaseTally = { cases: number; collective: number }
/** One category at one enterprise: named cases, and protected cases (anonymous or employer-blind). */
export type CategoryTally = { named: CaseTally; protected: CaseTally }

export type EnterpriseSignals = {
  enterpriseId: string
  name: string
  cases: Partial<Record<GrievanceCategory, CategoryTally>>
  /** Zero-report months in the window that declared arrears. */
  arrearsReports: number
  /** Zero-report months in the window still missing after their due day. */
  overdueReports: number
  /** Insured staff in the last two imports (null: fewer than two imports know the enterprise). */
  insured: { previous: number; latest: number } | null
}

/** One group of the store's indexed pass (grievances.countsByEnterprise). */
export type CaseGroup = { enterpriseId: string; category: string; collective: boolean; protected: boolean; cases: number }
/** From the arrears capability: per enterprise, months in the window with arrears declared / overdue. */
export type ArrearsFacts = { enterpriseId: string; arrearsReports: number; overdueReports: number }
/** From the organising capability: insured staff in the two most recent imports. */
export type InsuredFacts = { enterpriseId: string; previous: number; latest: number }

const categoryOf = (c: string): GrievanceCategory =>
  (GRIEVANCE_CATEGORIES as readonly string[]).includes(c) ? (c as GrievanceCategory) : 'other'

/** Every enterprise with at least one signal, ordered by id. `names`: display names (missing → the id). */
export function mergeSignals(input: {
  cases: readonly CaseGroup[]
  arrears?: readonly ArrearsFacts[]
  insured?: readonly InsuredFacts[]
  names?: ReadonlyMap<string, string>
}): EnterpriseSignals[] {
  const out = new Map<string, EnterpriseSignals>()
  const row = (enterpriseId: string) => {
    let r = out.get(enterpriseId)
    if (!r) {
      r = { enterpriseId, name: input.names?.get(enterpriseId) ?? enterpriseId, cases: {}, arrearsReports: 0, overdueReports: 0, insured: null }
      out.set(enterpriseId, r)
    }
    return r
  }
  for (const g of input.cases) {
    if (g.cases <= 0) continue
    const cases = row(g.enterpriseId).cases
    const category = categoryOf(g.category)
    const tally = (cases[category] ??= { named: { cases: 0, collective: 0 }, protected: { cases: 0, collective: 0 } })
    const side = g.protected ? tally.protected : tally.named
    side.cases += g.cases
    if (g.collective) side.collective += g.cases
  }
  for (const a of input.arrears ?? []) {
    if (a.arrearsReports <= 0 && a.overdueReports <= 0) continue
    const r = row(a.enterpriseId)
    r.arrearsReports += Math.max(0, a.arrearsReports)
    r.overdueReports += Math.max(0, a.overdueReports)
  }
  for (const i of input.insured ?? []) row(i.enterpriseId).insured = { previous: i.previous, latest: i.latest }
  return [...out.values()].sort((a, b) => (a.enterpriseId < b.enterpriseId ? -1 : a.enterpriseId > b.enterpriseId ? 1 : 0))
}

/** Start of the window: `windowDays` before `nowMs` (an instant; the caller formats it). */
export const windowStartMs = (nowMs: number, windowDays: number) => nowMs - windowDays * 86_400_000
