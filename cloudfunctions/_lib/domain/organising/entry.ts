/** An enterprise on the organising list, as the store keeps it (pure types and rules: the port re-exports them). */
import { ORGANISING_THRESHOLD, type OrganisingStatus } from '../../../../types/organising-labels'

export type OrganisingNote = { at: string; by: string; byName: string | null; status: OrganisingStatus; text: string }
/** One import's count for an enterprise, newest first in `history`. */
export type InsuredCount = { importId: string; month: string | null; insured: number; at: string }

export type OrganisingEntry = {
  creditCode: string
  name: string
  insured: number
  month: string | null
  townId: string
  /** The area committee whose officer organises it; null: the town itself. */
  areaId: string | null
  /** The directory's enterprise; null: 未入库 (not in the directory). */
  enterpriseId: string | null
  covered: boolean
  /** When the list saw it become covered (null: covered before its first import, or not covered). */
  coveredAt: string | null
  status: OrganisingStatus
  organiserOpenid: string | null
  organiserName: string | null
  nextContact: string | null
  /** The day a reminder is due (= nextContact until the sweep sends it, then null). */
  remindAt: string | null
  notes: OrganisingNote[]
  history: InsuredCount[]
  importId: string
  createdAt: string
  updatedAt: string
  version: number
}

export type TownTotals = { townId: string; onList: number; organisedThisYear: number; insuredCovered: number; insuredAll: number }

/** On the list: no union of its own, no joint-union coverage, 25 or more insured. */
export const isOnList = (e: Pick<OrganisingEntry, 'covered' | 'insured'>) => !e.covered && e.insured >= ORGANISING_THRESHOLD
