import type Database from 'better-sqlite3'
import type { CheckinStore, ScheduledCheckin } from '../port'
import { compositeCursor, parseCursor } from '../cursor'
import { clampLimit, pageOf } from './page'

type CheckinRow = { id: string; case_id: string; reporter_key: string; due_at: string; sent: number; kind: ScheduledCheckin['kind'] }

const toCheckin = (r: CheckinRow): ScheduledCheckin => ({
  id: r.id,
  caseId: r.case_id,
  reporterKey: r.reporter_key,
  dueAt: r.due_at,
  sent: r.sent === 1,
  kind: r.kind,
})

export const CHECKIN_SQL = {
  // The partial index holds unsent check-ins only: the sweep's cost follows what is still to send.
  due: `SELECT * FROM checkins INDEXED BY checkins_due
    WHERE sent = 0 AND due_at <= ? AND (due_at, id) > (?, ?) ORDER BY due_at, id LIMIT ?`,
}

/** One check-in's insert (also used by side-records.ts). Scheduling again with the same id keeps the first. */
export function checkinInsert(db: Database.Database): (c: ScheduledCheckin) => void {
  const insert = db.prepare(
    `INSERT INTO checkins (id, case_id, reporter_key, due_at, sent, kind) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT(id) DO NOTHING`,
  )
  return (c) => void insert.run(c.id, c.caseId, c.reporterKey, c.dueAt, c.sent ? 1 : 0, c.kind)
}

export function sqliteCheckins(db: Database.Database): CheckinStore {
  const schedule = checkinInsert(db)
  const due = db.prepare<[string, string, string, number], CheckinRow>(CHECKIN_SQL.due)
  // Conditional: of two sweeps sending the same check-in, exactly one sees changes === 1.
  const markSent = db.prepare('UPDATE checkins SET sent = 1 WHERE id = ? AND sent = 0')
  return {
    async schedule(c) {
      schedule(c)
    },
    async listDue(now, after, limit) {
      const size = clampLimit(limit)
      const { key, id } = parseCursor(after)
      return pageOf(due.all(now, key, id, size).map(toCheckin), size, (c) => compositeCursor(c.dueAt, c.id))
    },
    async markSent(id) {
      return markSent.run(id).changes === 1
    },
  }
}
