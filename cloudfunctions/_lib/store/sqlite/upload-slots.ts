import type Database from 'better-sqlite3'
import type { UploadSlot, UploadSlotStore } from '../port'
import { compositeCursor, parseCursor } from '../cursor'
import { clampLimit, pageOf } from './page'

type SlotRow = { id: string; key: string; issued_at: string; finished_at: string | null }

const toSlot = (r: SlotRow): UploadSlot => ({ id: r.id, key: r.key, issuedAt: r.issued_at, finishedAt: r.finished_at })

export const UPLOAD_SLOT_SQL = {
  abandoned: `SELECT * FROM upload_slots INDEXED BY upload_slots_open
    WHERE finished_at IS NULL AND issued_at < ? AND (issued_at, id) > (?, ?) ORDER BY issued_at, id LIMIT ?`,
}

export function sqliteUploadSlots(db: Database.Database): UploadSlotStore {
  const insert = db.prepare('INSERT INTO upload_slots (id, key, issued_at, finished_at) VALUES (?, ?, ?, NULL) ON CONFLICT(id) DO NOTHING')
  const abandoned = db.prepare<[string, string, string, number], SlotRow>(UPLOAD_SLOT_SQL.abandoned)
  // Both conditional on the slot being unfinished: of two racers exactly one sees changes === 1.
  const finish = db.prepare('UPDATE upload_slots SET finished_at = ? WHERE id = ? AND finished_at IS NULL')
  const forget = db.prepare('DELETE FROM upload_slots WHERE id = ? AND finished_at IS NULL')
  return {
    async issue(s) {
      insert.run(s.id, s.key, s.issuedAt)
    },
    async finish(id, at) {
      return finish.run(at, id).changes === 1
    },
    async listAbandoned(before, after, limit) {
      const size = clampLimit(limit)
      const { key, id } = parseCursor(after)
      return pageOf(abandoned.all(before, key, id, size).map(toSlot), size, (s) => compositeCursor(s.issuedAt, s.id))
    },
    async forget(id) {
      return forget.run(id).changes === 1
    },
  }
}
