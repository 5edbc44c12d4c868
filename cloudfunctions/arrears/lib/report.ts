/** The report a filing writes: the first of its month (version 1), or a refile that keeps the one before in `history`. */
import type { ArrearsDetail, ArrearsReport } from '../../_lib/store/arrears-port'
import { MAX_HISTORY, reportId } from '../../_lib/store/arrears-port'

export type Filing = {
  enterprise: { id: string; name: string; townId: string }
  month: string
  filerOrgId: string
  arrears: ArrearsDetail | null
  caseId: string | null
  dueBy: string
  filedAt: string
  filedBy: string
}

export function nextReport(before: ArrearsReport | null, f: Filing): ArrearsReport {
  const earlier = before ? [...before.history, { filedAt: before.filedAt, filedBy: before.filedBy, arrears: before.arrears }].slice(-MAX_HISTORY) : []
  return {
    id: reportId(f.enterprise.id, f.month), enterpriseId: f.enterprise.id, enterpriseName: f.enterprise.name, townId: f.enterprise.townId,
    month: f.month, filerOrgId: f.filerOrgId, arrears: f.arrears, caseId: f.caseId, dueBy: f.dueBy,
    late: f.filedAt >= f.dueBy, filedAt: f.filedAt, filedBy: f.filedBy, history: earlier, version: (before?.version ?? 0) + 1,
  }
}

/** What a filer sees of a report (no officer openids). */
export const reportView = (r: ArrearsReport) => ({
  id: r.id, enterpriseId: r.enterpriseId, enterpriseName: r.enterpriseName, month: r.month, arrears: r.arrears, caseId: r.caseId,
  dueBy: r.dueBy, late: r.late, filedAt: r.filedAt, history: r.history.map((h) => ({ filedAt: h.filedAt, arrears: h.arrears })),
})
