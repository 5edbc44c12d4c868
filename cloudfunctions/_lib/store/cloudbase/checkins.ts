import type { CheckinStore, ScheduledCheckin } from '../port'
import { compositeCursor } from '../cursor'
import { clampLimit, isDuplicateWrite, pageOf, type Db, type Doc } from './db'
import { compositePage } from './keyset'

const toCheckin = (d: Doc): ScheduledCheckin => ({
  id: d._id,
  caseId: d.caseId as string,
  reporterKey: d.reporterKey as string,
  dueAt: d.dueAt as string,
  sent: d.sent === true,
  kind: d.kind as ScheduledCheckin['kind'],
})

/** `_id` is the check-in id. */
export function cloudbaseCheckins(db: Db): CheckinStore {
  const _ = db.command
  const checkins = () => db.collection('checkins')
  return {
    async schedule(c) {
      const { id, ...fields } = c
      try {
        await checkins().add({ _id: id, ...fields })
      } catch (error) {
        // Scheduling an existing id keeps the stored check-in (idempotent, as in SQLite).
        if (!isDuplicateWrite(error)) throw error
      }
    },
    async listDue(now, after, limit) {
      const size = clampLimit(limit)
      const docs = await compositePage(db, 'checkins', { sent: false, dueAt: _.lte(now) }, 'dueAt', after, size)
      return pageOf(docs.map(toCheckin), size, (c) => compositeCursor(c.dueAt, c.id))
    },
    async markSent(id) {
      // One conditional single-document update: of two racing sweeps exactly one sees updated === 1.
      const res = await checkins().where({ _id: id, sent: false }).update({ sent: true })
      return res.updated === 1
    },
  }
}
