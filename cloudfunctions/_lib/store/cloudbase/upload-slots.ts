import type { UploadSlot, UploadSlotStore } from '../port'
import { compositeCursor } from '../cursor'
import { clampLimit, isDuplicateWrite, pageOf, type Db, type Doc } from './db'
import { compositePage } from './keyset'

const toSlot = (d: Doc): UploadSlot => ({
  id: d._id,
  key: d.key as string,
  issuedAt: d.issuedAt as string,
  finishedAt: (d.finishedAt as string | null) ?? null,
})

/** `_id` is the slot id; `finished` (a boolean, as checkins' `sent`) leads the sweep's index. */
export function cloudbaseUploadSlots(db: Db): UploadSlotStore {
  const _ = db.command
  const slots = () => db.collection('upload_slots')
  return {
    async issue({ id, key, issuedAt }) {
      try {
        await slots().add({ _id: id, key, issuedAt, finished: false, finishedAt: null })
      } catch (error) {
        // Issuing an existing id keeps the stored slot (idempotent, as in SQLite).
        if (!isDuplicateWrite(error)) throw error
      }
    },
    async finish(id, at) {
      // One conditional single-document update: of two racers exactly one sees updated === 1.
      const res = await slots().where({ _id: id, finished: false }).update({ finished: true, finishedAt: at })
      return res.updated === 1
    },
    async listAbandoned(before, after, limit) {
      const size = clampLimit(limit)
      const docs = await compositePage(db, 'upload_slots', { finished: false, issuedAt: _.lt(before) }, 'issuedAt', after, size)
      return pageOf(docs.map(toSlot), size, (s) => compositeCursor(s.issuedAt, s.id))
    },
    async forget(id) {
      const res = await slots().where({ _id: id, finished: false }).remove()
      return res.deleted === 1
    },
  }
}
