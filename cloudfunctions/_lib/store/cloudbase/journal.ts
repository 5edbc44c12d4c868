/**
 * The `journal` collection: audit lines, inbox items and check-ins in one collection, told apart by `kind`, so that
 * every side record of an action is one insert request (decision 0020). Each adapter reads only its own kind, and
 * every index starts with `kind`.
 */
import type { AuditEntry, InboxItem, ScheduledCheckin, SideRecordStore } from '../port'
import { isDuplicateWrite, type Db, type Doc } from './db'

export const JOURNAL = 'journal'
export type JournalKind = 'audit' | 'inbox' | 'checkin'

export const auditDoc = ({ id, detail, ...fields }: AuditEntry): Doc => ({ _id: id, kind: 'audit', ...fields, ...(detail === undefined ? {} : { detail }) })
/** `dueAt` is optional in the port: stored only when set. */
export const inboxDoc = ({ id, dueAt, ...fields }: InboxItem): Doc => ({ _id: id, kind: 'inbox', ...fields, ...(dueAt === undefined || dueAt === null ? {} : { dueAt }) })
/** The check-in's own `kind` (day30, day90) is stored as `checkinKind`: `kind` names the record kind here. */
export const checkinDoc = ({ id, kind, ...fields }: ScheduledCheckin): Doc => ({ _id: id, kind: 'checkin', checkinKind: kind, ...fields })

/** Inserts one record; an `_id` that exists is kept as stored (a check-in scheduled again). */
export async function addKeepingStored(db: Db, doc: Doc): Promise<void> {
  try {
    await db.collection(JOURNAL).add(doc)
  } catch (error) {
    if (!isDuplicateWrite(error)) throw error
  }
}

export function cloudbaseSideRecords(db: Db): SideRecordStore {
  return {
    /**
     * One insert of every record (an array is one insertDocument request). The insert is ordered, so a clash —
     * only a check-in scheduled again, when a reopened case is resolved again; audit and inbox ids are new — stops
     * it part-way: then each record is written alone, the stored ones kept (rare, and idempotent).
     */
    async write({ audit, inbox, checkins }) {
      // Check-ins last: the records before a clash are in.
      const docs = [...audit.map(auditDoc), ...inbox.map(inboxDoc), ...checkins.map(checkinDoc)]
      if (docs.length === 0) return
      try {
        await db.collection(JOURNAL).add(docs)
      } catch (error) {
        if (!isDuplicateWrite(error)) throw error
        for (const doc of docs) await addKeepingStored(db, doc)
      }
    },
  }
}
