/**
 * Store port of the organising list (清单式建会, issue 13 §2). Same rules as port.ts: keyset pages backed by an
 * index in both adapters, replacements guarded by `version`. One document per enterprise (`creditCode` is its id):
 * its latest insured count, the counts of earlier imports (`history`, for the risk radar), the organiser, the status
 * and its dated notes. Whether it is on the list derives from the directory: `covered` (the enterprise has a union
 * or a joint union) is set from the directory by every import and by `markCovered`, which the directory import
 * calls for the enterprises it gives a union.
 *
 * An import is staged chunk by chunk (`stageChunk`, one document per chunk) and committed by one `putEntries`.
 */
import type { InsuredRow } from '../../../types/organising-rows'
import type { OrganisingStatus } from '../../../types/organising-labels'
import type { OrganisingEntry, TownTotals } from '../domain/organising/entry'
import type { Page } from '../../../types/zod'

export type { InsuredCount, OrganisingEntry, OrganisingNote, TownTotals } from '../domain/organising/entry'
export { isOnList } from '../domain/organising/entry'

export type InsuredImport = {
  id: string
  by: string
  orgId: string
  createdAt: string
  status: 'staging' | 'committed' | 'refused'
  /** Chunks staged so far (0..chunks-1). */
  chunks: number
  rows: number
  version: number
}
export type StagedChunk = { importId: string; chunk: number; rows: InsuredRow[] }

export type ListFilter = { townId: string; areaId?: string; status?: OrganisingStatus }
/** For the radar: an enterprise's insured staff in its last two imports (null: no such import). */
export type InsuredLatest = { creditCode: string; enterpriseId: string | null; latest: number | null; previous: number | null }

export interface OrganisingStore {
  getEntry(creditCode: string): Promise<OrganisingEntry | null>
  /** Any number of codes (CloudBase reads them 1,000 per query); unknown ones skipped. */
  getEntries(creditCodes: string[]): Promise<OrganisingEntry[]>
  /**
   * Writes whole entries (upsert by creditCode). SQLite: one transaction. CloudBase: new entries inserted in bulk,
   * the others replaced one by one — every write idempotent, so a failed commit is run again.
   */
  putEntries(entries: OrganisingEntry[], onProgress?: (done: number, total: number) => void): Promise<void>
  /** Replaces iff the stored version is `version - 1`. */
  updateEntry(e: OrganisingEntry): Promise<boolean>
  /**
   * The list: entries not covered with at least 25 insured, of a town (or of one area committee in it), optionally
   * of one status; largest first, then by creditCode. Cursor = opaque.
   */
  listOpen(filter: ListFilter, after: string | undefined, limit: number): Promise<Page<OrganisingEntry>>
  /** The directory gave these enterprises a union or a joint union: off the list (coveredAt = at when newly covered). */
  markCovered(creditCodes: string[], at: string): Promise<void>
  /** Entries whose reminder day is `day` or earlier, by (remindAt, creditCode). */
  listRemindersDue(day: string, after: string | undefined, limit: number): Promise<Page<OrganisingEntry>>
  /** Clears the reminder iff it is still `remindAt`: true once (two racing sweeps send it once). */
  clearReminder(creditCode: string, remindAt: string): Promise<boolean>
  /** Per town: entries on the list, covered since `yearStart`, insured staff covered and in all. */
  townTotals(townIds: string[], yearStart: string): Promise<TownTotals[]>
  /**
   * Every enterprise of a town with its insured staff in the last two imports (`history[0]`, `history[1]`), by
   * creditCode; `limit` up to 1,000. SQLite reads them from an index (migration 018), not from the documents.
   */
  listInsuredLatest(townId: string, after: string | undefined, limit: number): Promise<Page<InsuredLatest>>

  createImport(i: InsuredImport): Promise<void>
  getImport(id: string): Promise<InsuredImport | null>
  /** Replaces iff the stored version is `version - 1`. */
  updateImport(i: InsuredImport): Promise<boolean>
  /** Upsert by (importId, chunk): a retried chunk replaces itself. */
  stageChunk(c: StagedChunk): Promise<void>
  /** The staged chunks, by chunk number. */
  listChunks(importId: string): Promise<StagedChunk[]>
  dropChunks(importId: string): Promise<void>
}

/** Above the largest count: `rank` sorts ascending as largest first. */
const RANK_TOP = 100_000_000
export const rankOf = (insured: number) => String(RANK_TOP - Math.min(insured, RANK_TOP - 1)).padStart(9, '0')

