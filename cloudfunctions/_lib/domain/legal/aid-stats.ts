/**
 * Legal-aid figures per org, rolled up (issue 11 §6), pure: an application counts for the rows whose subtree holds
 * it now. Decided on time: decided before the decide-by then running, and never escalated for a miss or flagged
 * overdue (a missed clock is never "on time" anywhere above it either). Rates are null below MIN_CASES_FOR_RATE.
 */
import { MIN_CASES_FOR_RATE } from '../../../../types/grievance'

export type AidRecord = {
  assignedOrgId: string
  status: string
  decideBy: string | null
  decidedAt: string | null
  overdue: boolean
  history: { type: string; fromOrgId: string | null; toOrgId: string | null }[]
}

export type AidOrgStats = {
  applications: number
  undecided: number
  decided: number
  decidedOnTime: number
  decidedOnTimeRate: number | null
  granted: number
  grantedRate: number | null
  withdrawn: number
  overdue: number
}

const rate = (n: number, of: number) => (of < MIN_CASES_FOR_RATE ? null : n / of)

/** Escalated for a miss: an `escalated` event that moved it between orgs, or overdue at the top. */
const missed = (a: AidRecord) => a.overdue || a.history.some((e) => e.type === 'escalated')

export function aidOrgStats(apps: readonly AidRecord[], inSubtree: (orgId: string) => boolean): AidOrgStats {
  const mine = apps.filter((a) => inSubtree(a.assignedOrgId))
  const decided = mine.filter((a) => a.status === 'granted' || a.status === 'refused')
  const onTime = decided.filter((a) => !missed(a) && a.decidedAt !== null && a.decideBy !== null && a.decidedAt < a.decideBy)
  const granted = decided.filter((a) => a.status === 'granted').length
  return {
    applications: mine.length,
    undecided: mine.filter((a) => a.status === 'pending' || a.status === 'awaiting_material').length,
    decided: decided.length,
    decidedOnTime: onTime.length,
    decidedOnTimeRate: rate(onTime.length, decided.length),
    granted,
    grantedRate: rate(granted, decided.length),
    withdrawn: mine.filter((a) => a.status === 'withdrawn').length,
    overdue: mine.filter((a) => a.overdue).length,
  }
}

export const AID_CSV_HEADER = ['援助申请', '待决定', '已决定', '按时决定', '按时决定率', '同意援助', '援助率', '撤回', '逾期']
const percent = (r: number | null) => (r === null ? '' : `${Math.round(r * 1000) / 10}%`)
export const aidCsvCells = (s: AidOrgStats) => [s.applications, s.undecided, s.decided, s.decidedOnTime, percent(s.decidedOnTimeRate), s.granted, percent(s.grantedRate), s.withdrawn, s.overdue]
