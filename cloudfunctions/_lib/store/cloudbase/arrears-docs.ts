/**
 * Arrears report documents ↔ records (`_id` = `${enterpriseId}:${month}`). Fields are picked by a typed list (the
 * compiler checks it is complete), so no `_id` or stray field leaks in and a missing field reads null.
 */
import type { ArrearsReport, BoardReport } from '../arrears-port'
import type { Doc } from './db'

const REPORT_FIELDS: { [K in Exclude<keyof ArrearsReport, 'id'>]-?: true } = {
  enterpriseId: true, enterpriseName: true, townId: true, month: true, filerOrgId: true, arrears: true, caseId: true,
  dueBy: true, late: true, filedAt: true, filedBy: true, history: true, version: true,
}
const REPORT_KEYS = Object.keys(REPORT_FIELDS)

const pick = (source: object, names: readonly string[]) =>
  Object.fromEntries(names.map((k) => [k, (source as Record<string, unknown>)[k] ?? null]))

export const reportDoc = (r: ArrearsReport): Doc => ({ _id: r.id, ...pick(r, REPORT_KEYS) })
export const toReport = (d: Doc) => ({ id: d._id, ...pick(d, REPORT_KEYS) }) as ArrearsReport

/** What the board reads of a report: a projection, so 5,000 reports stay small on the wire. */
export const BOARD_PROJECTION = { enterpriseId: true, filedAt: true, caseId: true, arrears: true } as const

export const toBoardReport = (d: Doc): BoardReport => {
  const a = d.arrears as { workers: number; amount: number; since: string } | null | undefined
  return {
    enterpriseId: d.enterpriseId as string, filedAt: d.filedAt as string, caseId: (d.caseId as string | null) ?? null,
    arrears: a ? { workers: a.workers, amount: a.amount, since: a.since } : null,
  }
}
