/**
 * The radar's zero-report facts (pure), from the arrears capability's month boards: per enterprise of the town, the
 * report months that declared arrears and those still unfiled after their due day. A report month counts when it is
 * one of the `REPORT_MONTHS` months before the running one (the running month cannot be filed yet). A month in which
 * the town collected no report at all is not counted as overdue for anyone: the town was not running the zero-report
 * then (before its start, every enterprise would otherwise carry three overdue months).
 */
import { stateOf, type BoardReport } from '../arrears/board'
import type { ArrearsFacts } from './signals'

/** Three report months ≈ the radar's 90 days. */
export const REPORT_MONTHS = 3

export type ArrearsMonth = { reports: readonly BoardReport[]; pastDue: boolean }

export function arrearsFactsOf(enterpriseIds: readonly string[], months: readonly ArrearsMonth[]): ArrearsFacts[] {
  const indexed = months.map((m) => ({ byEnterprise: new Map(m.reports.map((r) => [r.enterpriseId, r])), pastDue: m.pastDue && m.reports.length > 0 }))
  const out: ArrearsFacts[] = []
  for (const enterpriseId of enterpriseIds) {
    let arrearsReports = 0
    let overdueReports = 0
    for (const m of indexed) {
      const state = stateOf(m.byEnterprise.get(enterpriseId), m.pastDue)
      if (state === 'arrears') arrearsReports++
      else if (state === 'overdue') overdueReports++
    }
    if (arrearsReports > 0 || overdueReports > 0) out.push({ enterpriseId, arrearsReports, overdueReports })
  }
  return out
}

/** From the organising list's counts per import (newest first): the last two, when there are two. */
export function insuredFactOf(enterpriseId: string | null, history: ReadonlyArray<{ insured: number }>) {
  if (!enterpriseId || history.length < 2) return null
  return { enterpriseId, previous: history[1].insured, latest: history[0].insured }
}
