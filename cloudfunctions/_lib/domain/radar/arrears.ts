/**
 * The radar's zero-report facts (pure), from the arrears capability's month boards: per enterprise of the town, the
 * report months that declared arrears and those still unfiled after their due day. A report month counts when it is
 * one of the `REPORT_MONTHS` months before the running one (the running month cannot be filed yet). A month in which
 * the town collected no report at all is not counted as overdue for anyone: the town was not running the zero-report
 * then (before its start, every enterprise would otherwise carry three overdue months).
 */
import type { ArrearsFacts } from './signals'

/** Three report months ≈ the radar's 90 days. */
export const REPORT_MONTHS = 3

/** A report month as the radar reads it: who filed it, who of them declared arrears, and whether it is past due. */
export type ArrearsMonth = { filed: readonly string[]; arrears: readonly string[]; pastDue: boolean }

/** The board's states (domain/arrears/board.ts stateOf): filed with arrears → arrears; not filed and past due → overdue. */
export function arrearsFactsOf(enterpriseIds: readonly string[], months: readonly ArrearsMonth[]): ArrearsFacts[] {
  const indexed = months.map((m) => ({ filed: new Set(m.filed), arrears: new Set(m.arrears), overdue: m.pastDue && m.filed.length > 0 }))
  const out: ArrearsFacts[] = []
  for (const enterpriseId of enterpriseIds) {
    let arrearsReports = 0
    let overdueReports = 0
    for (const m of indexed) {
      if (m.arrears.has(enterpriseId)) arrearsReports++
      else if (m.overdue && !m.filed.has(enterpriseId)) overdueReports++
    }
    if (arrearsReports > 0 || overdueReports > 0) out.push({ enterpriseId, arrearsReports, overdueReports })
  }
  return out
}

/** From the organising list's counts of the last two imports (null: no such import): a fact when there are two. */
export function insuredFactOf(enterpriseId: string | null, latest: number | null, previous: number | null) {
  if (!enterpriseId || latest === null || previous === null) return null
  return { enterpriseId, previous, latest }
}
