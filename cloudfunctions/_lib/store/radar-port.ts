/**
 * Store port of the employer risk radar (issue 13 §3, decision 0018). Same rules as port.ts.
 *
 * A town's radar is read as ONE record (`getTown`): the enterprises' signals as last computed (the snapshot), the
 * latest 法律体检 date per enterprise and the last alert per enterprise — so the list is one read on CloudBase
 * (one document per town). The snapshot is recomputed from the grievance, arrears and organising stores by the
 * radar function and the hourly sweep; visits and alerts are kept apart from it and survive every recompute.
 */
import type { Page } from '../../../types/zod'
import type { EnterpriseSignals } from '../domain/radar/signals'

export type RadarVisit = {
  id: string
  townId: string
  enterpriseId: string
  /** The day of the visit, `YYYY-MM-DD` (Shanghai). */
  date: string
  findings: string
  /** The recording officer's openid and org (an audit line in the record; never shown to workers). */
  officerOpenid: string
  orgId: string
  at: string
}

export type RadarTown = {
  townId: string
  /** When the snapshot was computed; null: never (rows empty). */
  computedAt: string | null
  /** Every enterprise with a signal in the window, by enterpriseId. */
  rows: EnterpriseSignals[]
  /** enterpriseId → the latest visit's date. */
  lastVisits: Record<string, string>
  /** enterpriseId → when the town was last alerted about it. */
  alertedAt: Record<string, string>
}

export interface RadarStore {
  /** The town's radar; a town never computed and never visited comes back empty (`computedAt` null). */
  getTown(townId: string): Promise<RadarTown>
  /** Replaces the snapshot (rows and computedAt); visits and alerts stay. */
  putSnapshot(townId: string, computedAt: string, rows: EnterpriseSignals[]): Promise<void>
  /**
   * Records a visit; false (nothing new written) when its id exists — a retry. Either way the town's latest visit
   * date for the enterprise is afterwards at least `v.date`.
   */
  addVisit(v: RadarVisit): Promise<boolean>
  /** An enterprise's visits recorded under a town, latest date first (then id descending). Cursor = `${date}|${id}`. */
  listVisits(townId: string, enterpriseId: string, after: string | undefined, limit: number): Promise<Page<RadarVisit>>
  /**
   * Marks the town alerted about the enterprise at `at` iff it was never alerted or last alerted before `notBefore`:
   * true once (two racing sweeps alert once).
   */
  markAlerted(townId: string, enterpriseId: string, at: string, notBefore: string): Promise<boolean>
}
