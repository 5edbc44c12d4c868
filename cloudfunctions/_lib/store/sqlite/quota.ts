import type Database from 'better-sqlite3'
import type { QuotaStore } from '../port'

export const QUOTA_SQL = {
  // One statement: the row is created at 1, or raised by one only while below the max; RETURNING yields a row
  // iff a unit was taken (a DO UPDATE whose WHERE fails changes nothing and returns nothing).
  take: `INSERT INTO quota (key, period, n) VALUES (?, ?, 1)
    ON CONFLICT (key, period) DO UPDATE SET n = n + 1 WHERE n < ? RETURNING n`,
  give: 'UPDATE quota SET n = n - 1 WHERE key = ? AND period = ? AND n > 0',
  count: 'SELECT n FROM quota WHERE key = ? AND period = ?',
  removeEnded: 'DELETE FROM quota WHERE period < ?',
}

export function sqliteQuota(db: Database.Database): QuotaStore {
  const take = db.prepare<[string, string, number], { n: number }>(QUOTA_SQL.take)
  const give = db.prepare(QUOTA_SQL.give)
  const count = db.prepare<[string, string], { n: number }>(QUOTA_SQL.count)
  const removeEnded = db.prepare<[string]>(QUOTA_SQL.removeEnded)
  return {
    async take(key, period, max) {
      if (max < 1) return false
      return take.get(key, period, max) !== undefined
    },
    async give(key, period) {
      give.run(key, period)
    },
    async count(key, period) {
      return count.get(key, period)?.n ?? 0
    },
    async removeEnded(before) {
      return removeEnded.run(before).changes
    },
  }
}
