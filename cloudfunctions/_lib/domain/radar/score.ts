/**
 * Scoring one enterprise (pure): points from RADAR_TABLE, each with its reason in Chinese. Reasons are counts
 * only — never who reported, never a description. A `grassroots` viewer (an area committee, a joint or
 * enterprise union) never counts anonymous or employer-blind cases: those exist only in federations' views.
 */
import { CATEGORY_LABELS, GRIEVANCE_CATEGORIES, type GrievanceCategory } from '../../../../types/grievance-labels'
import type { CaseTally, EnterpriseSignals } from './signals'
import { RADAR_TABLE, type RadarTable } from './table'

export type RadarViewer = 'federation' | 'grassroots'
export type RadarReason = { text: string; points: number }
export type RadarScore = { enterpriseId: string; name: string; score: number; overThreshold: boolean; reasons: RadarReason[] }

const add = (a: CaseTally, b: CaseTally): CaseTally => ({ cases: a.cases + b.cases, collective: a.collective + b.collective })

/** Insured staff fell by at least the table's ratio: the fall in whole percent, else null. */
export function insuredDropPercent(insured: EnterpriseSignals['insured'], table: RadarTable = RADAR_TABLE): number | null {
  if (!insured || insured.previous <= 0 || insured.latest >= insured.previous) return null
  const ratio = (insured.previous - insured.latest) / insured.previous
  return ratio + 1e-9 >= table.insuredDropRatio ? Math.round(ratio * 100) : null
}

/**
 * Each signal's points, in the table's order (categories, then reports, then insured staff). The reason's text only
 * when `withText`: a page of the ranking builds texts for its own rows and only sums the others.
 */
function contributions(s: EnterpriseSignals, viewer: RadarViewer, table: RadarTable, withText: boolean): RadarReason[] {
  const days = table.windowDays
  const out: RadarReason[] = []
  for (const category of GRIEVANCE_CATEGORIES) {
    const tally = s.cases[category as GrievanceCategory]
    if (!tally) continue
    const t = viewer === 'federation' ? add(tally.named, tally.protected) : tally.named
    if (t.cases <= 0) continue
    const weight = table.caseWeights[category]
    const points = weight * (t.cases - t.collective) + weight * table.collectiveFactor * t.collective
    const collective = t.collective > 0 ? `（含集体 ${t.collective} 件）` : ''
    out.push({ text: withText ? `近${days}天${CATEGORY_LABELS[category]}诉求 ${t.cases} 件${collective}` : '', points })
  }
  if (s.arrearsReports > 0)
    out.push({ text: withText ? `近${days}天零报告申报欠薪 ${s.arrearsReports} 次` : '', points: s.arrearsReports * table.arrearsReport })
  if (s.overdueReports > 0)
    out.push({ text: withText ? `近${days}天零报告逾期未报 ${s.overdueReports} 次` : '', points: s.overdueReports * table.overdueReport })
  const drop = insuredDropPercent(s.insured, table)
  if (drop !== null && s.insured)
    out.push({ text: withText ? `参保人数下降 ${drop}%（${s.insured.previous}→${s.insured.latest} 人）` : '', points: table.insuredDrop })
  return out
}

export function scoreEnterprise(s: EnterpriseSignals, viewer: RadarViewer, table: RadarTable = RADAR_TABLE): RadarScore {
  // Largest contribution first; ties keep the table's order.
  const ordered = contributions(s, viewer, table, true).map((r, i) => ({ r, i })).sort((a, b) => b.r.points - a.r.points || a.i - b.i).map((x) => x.r)
  const score = ordered.reduce((sum, r) => sum + r.points, 0)
  return { enterpriseId: s.enterpriseId, name: s.name, score, overThreshold: score >= table.threshold, reasons: ordered }
}

/** The score alone, as scoreEnterprise sums it (the same points), without the reasons' texts. */
export function scoreOf(s: EnterpriseSignals, viewer: RadarViewer, table: RadarTable = RADAR_TABLE): number {
  const points = contributions(s, viewer, table, false).map((c) => c.points)
  // Whole points (the table's weights are) add up the same in any order; fractional ones are added largest first,
  // as scoreEnterprise orders its reasons, so that the float sum is the same too.
  if (points.every(Number.isInteger)) return points.reduce((sum, p) => sum + p, 0)
  return points.sort((a, b) => b - a).reduce((sum, p) => sum + p, 0)
}

export type RankedSignals = { signals: EnterpriseSignals; score: number }

/**
 * rankRadar's order without the reasons: enterprises with a score above zero, highest first, then by id. A page is
 * then `scoreEnterprise` of its own few rows (the same scores and reasons rankRadar gives them).
 */
export function rankSignals(rows: readonly EnterpriseSignals[], viewer: RadarViewer, table: RadarTable = RADAR_TABLE): RankedSignals[] {
  const out: RankedSignals[] = []
  for (const signals of rows) {
    const score = scoreOf(signals, viewer, table)
    if (score > 0) out.push({ signals, score })
  }
  const id = (r: RankedSignals) => r.signals.enterpriseId
  return out.sort((a, b) => b.score - a.score || (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0))
}

/** Enterprises with a score above zero, highest first (then by id: a stable order to page through). */
export function rankRadar(rows: readonly EnterpriseSignals[], viewer: RadarViewer, table: RadarTable = RADAR_TABLE): RadarScore[] {
  return rows
    .map((s) => scoreEnterprise(s, viewer, table))
    .filter((r) => r.score > 0)
    .sort((a, b) => b.score - a.score || (a.enterpriseId < b.enterpriseId ? -1 : a.enterpriseId > b.enterpriseId ? 1 : 0))
}
