/**
 * Store port for the wage-arrears zero-report (issue 13). Same rules as port.ts. Born for CloudBase:
 * - a report's id is `${enterpriseId}:${month}`: one report per enterprise and month by construction, so a refile
 *   replaces it (version-guarded) and its earlier filings ride along in `history` — one document per operation;
 * - the board reads a town's month in one indexed query (CloudBase: one request per 1,000 reports), returning only
 *   the fields the board shows;
 * - a reminder is a document whose `_id` says what was sent (`${month}:${kind}:${filerOrgId}`): sent once by
 *   construction, however many sweeps race.
 */
import type { ArrearsDetail, BoardReport } from '../domain/arrears/board'

export type { ArrearsDetail, BoardReport }

/** Who filed a town's month (and who of them declared arrears): enterprise ids. */
export type MonthFilers = { filed: string[]; arrears: string[] }

export type ArrearsFiling = { filedAt: string; filedBy: string; arrears: ArrearsDetail | null }

export type ArrearsReport = {
  /** `${enterpriseId}:${month}` (reportId). */
  id: string
  enterpriseId: string
  enterpriseName: string
  townId: string
  /** `YYYY-MM`. */
  month: string
  /** The org that filed: the enterprise's union, its joint union, or its town federation. */
  filerOrgId: string
  arrears: ArrearsDetail | null
  /** The early-warning grievance case, once arrears were reported for this month (kept by every later refile). */
  caseId: string | null
  dueBy: string
  /** Filed after `dueBy`. */
  late: boolean
  filedAt: string
  /** The filing officer's openid (the report's history is its audit trail). */
  filedBy: string
  /** Earlier filings of this month, oldest first (the last MAX_HISTORY). */
  history: ArrearsFiling[]
  version: number
}

export const MAX_HISTORY = 20

export const reportId = (enterpriseId: string, month: string) => `${enterpriseId}:${month}`

export interface ArrearsStore {
  getReport(id: string): Promise<ArrearsReport | null>
  /** Version 1: inserted iff no report has the id; later versions replace iff the stored one is `version - 1`. False on a lost race. */
  saveReport(r: ArrearsReport): Promise<boolean>
  /** Every report of a town for a month, as board entries, ordered by enterpriseId. */
  listTownMonth(townId: string, month: string): Promise<BoardReport[]>
  /**
   * The same month for the risk radar: the enterprises that filed it, and those of them that declared arrears (ids
   * only, in enterprise order). SQLite: two strings from the board's covering index; CloudBase: the board's reads.
   */
  listTownMonthFilers(townId: string, month: string): Promise<MonthFilers>
  /** An enterprise's reports, newest month first, at most `limit` (≤ 100). */
  listByEnterprise(enterpriseId: string, limit: number): Promise<ArrearsReport[]>
  /** Records that the reminder `key` went out: true the first time, false ever after. */
  markReminder(key: string, at: string): Promise<boolean>
  hasReminder(key: string): Promise<boolean>
}
