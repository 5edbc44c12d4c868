import type { CheckinStore, ScheduledCheckin } from '../port'
import { compositeCursor } from '../cursor'
import { clampLimit, pageOf, type Db, type Doc } from './db'
import { addKeepingStored, checkinDoc, JOURNAL } from './journal'
import { compositePage } from './keyset'

const toCheckin = (d: Doc): ScheduledCheckin => ({
  id: d._id,
  caseId: d.caseId as string,
  reporterKey: d.reporterKey as string,
  dueAt: d.dueAt as string,
  sent: d.sent === true,
  kind: d.checkinKind as ScheduledCheckin['kind'],
})

/** Check-ins live in the `journal` collection (kind `checkin`); `_id` is the check-in id. */
export function cloudbaseCheckins(db: Db): CheckinStore {
  const _ = db.command
  return {
    async schedule(c) {
      // Scheduling an existing id keeps the stored check-in (idempotent, as in SQLite).
      await addKeepingStored(db, checkinDoc(c))
    },
    async listDue(now, after, limit) {
      const size = clampLimit(limit)
      const docs = await compositePage(db, JOURNAL, { kind: 'checkin', sent: false, dueAt: _.lte(now) }, 'dueAt', after, size)
      return pageOf(docs.map(toCheckin), size, (c) => compositeCursor(c.dueAt, c.id))
    },
    async markSent(id) {
      // One conditional single-document update: of two racing sweeps exactly one sees updated === 1.
      const res = await db.collection(JOURNAL).where({ _id: id, kind: 'checkin', sent: false }).update({ sent: true })
      return res.updated === 1
    },
  }
}
