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

/** Cases of one enterprise, category, collective and protected flag: how a pass over the cases counts them. */
export type CaseGroup = { enterpriseId: string; category: string; collective: boolean; protected: boolean; cases: number }
/** One enterprise's cases in the window, tallied by category: what the store's pass hands back (grievances.countsByEnterprise). */
export type EnterpriseCases = { enterpriseId: string; cases: EnterpriseSignals['cases'] }
/** From the arrears capability: per enterprise, months in the window with arrears declared / overdue. */
export type ArrearsFacts = { enterpriseId: string; arrearsReports: number; overdueReports: number }
/** From the organising capability: insured staff in the two most recent imports. */
export type InsuredFacts = { enterpriseId: string; previous: number; latest: number }

// The table's own strings (not the store's copies) as property keys: V8 finds them without hashing a new string.
const KNOWN: ReadonlyMap<string, GrievanceCategory> = new Map(GRIEVANCE_CATEGORIES.map((c) => [c, c]))
const categoryOf = (c: string): GrievanceCategory => KNOWN.get(c) ?? 'other'

/** Adds `n` cases of a category (an unknown one counts as 'other') to an enterprise's tallies. */
export function addCases(cases: EnterpriseSignals['cases'], category: string, collective: boolean, isProtected: boolean, n: number): void {
  if (n <= 0) return
  const c = categoryOf(category)
  let tally = cases[c]
  if (tally === undefined) cases[c] = tally = { named: { cases: 0, collective: 0 }, protected: { cases: 0, collective: 0 } }
  const side = isProtected ? tally.protected : tally.named
  side.cases += n
  if (collective) side.collective += n
}

/** Groups in any order tallied per enterprise: one entry for each enterprise with a case, in the order first seen. */
export function tallyGroups(groups: readonly CaseGroup[]): EnterpriseCases[] {
  const out = new Map<string, EnterpriseCases>()
  for (const g of groups) {
    if (g.cases <= 0) continue
    let e = out.get(g.enterpriseId)
    if (e === undefined) out.set(g.enterpriseId, (e = { enterpriseId: g.enterpriseId, cases: {} }))
    addCases(e.cases, g.category, g.collective, g.protected, g.cases)
  }
  return [...out.values()]
}

/**
 * Every enterprise with at least one signal, ordered by id. `names`: display names (missing → the id). An
 * enterprise's first entry in `cases` is taken over, not copied (one allocation less per tally for a town's 5,000).
 */
export function mergeSignals(input: {
  cases: readonly EnterpriseCases[]
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
  for (const e of input.cases) {
    let fresh = !out.has(e.enterpriseId)
    let any = false
    for (const category in e.cases) {
      const t = e.cases[category as GrievanceCategory]
      if (!t) continue
      any ||= t.named.cases > 0 || t.protected.cases > 0
      fresh &&= KNOWN.has(category)
    }
    if (!any) continue
    const r = row(e.enterpriseId)
    // An enterprise's first entry: its tallies are taken over as they are (the store built them for this merge).
    if (fresh) {
      r.cases = e.cases
      continue
    }
    for (const category in e.cases) {
      const t = e.cases[category as GrievanceCategory]
      if (!t) continue
      addCases(r.cases, category, false, false, t.named.cases - t.named.collective)
      addCases(r.cases, category, true, false, t.named.collective)
      addCases(r.cases, category, false, true, t.protected.cases - t.protected.collective)
      addCases(r.cases, category, true, true, t.protected.collective)
    }
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
