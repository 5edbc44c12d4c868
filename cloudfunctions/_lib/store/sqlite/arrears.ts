/**
 * The wage-arrears zero-report on SQLite (issue 13): reports as JSON documents with indexed columns, reminders as
 * rows keyed by what was sent. The board reads a town's month from a covering index (tests check the plan).
 */
import type Database from 'better-sqlite3'
import type { ArrearsReport, ArrearsStore, BoardReport } from '../arrears-port'

export const ARREARS_SQL = {
  board: `SELECT enterprise_id, filed_at, case_id, workers, amount, since FROM arrears_reports INDEXED BY arrears_reports_board
    WHERE town_id = ? AND month = ? ORDER BY enterprise_id`,
  // The radar's read of a month: ids joined by RS, all filers and those with arrears (workers is set exactly then).
  filers: `SELECT count(*) AS n, sum(workers IS NOT NULL) AS a, group_concat(enterprise_id, char(30)) AS filed,
      group_concat(CASE WHEN workers IS NOT NULL THEN enterprise_id END, char(30)) AS arrears
    FROM arrears_reports INDEXED BY arrears_reports_board WHERE town_id = ? AND month = ?`,
  byEnterprise: `SELECT doc FROM arrears_reports INDEXED BY arrears_reports_enterprise
    WHERE enterprise_id = ? ORDER BY month DESC LIMIT ?`,
  byId: 'SELECT doc FROM arrears_reports WHERE id = ?',
  insert: `INSERT INTO arrears_reports (id, enterprise_id, town_id, month, filed_at, case_id, workers, amount, since, version, doc)
    VALUES (@id, @enterprise_id, @town_id, @month, @filed_at, @case_id, @workers, @amount, @since, @version, @doc) ON CONFLICT DO NOTHING`,
  update: `UPDATE arrears_reports SET filed_at = @filed_at, case_id = @case_id, workers = @workers, amount = @amount, since = @since,
    version = @version, doc = @doc WHERE id = @id AND version = @expected`,
  remind: 'INSERT INTO arrears_reminders (id, sent_at) VALUES (?, ?) ON CONFLICT DO NOTHING',
  reminded: 'SELECT 1 FROM arrears_reminders WHERE id = ?',
}

/** A board row as `raw()` gives it: [enterprise_id, filed_at, case_id, workers, amount, since] (arrays: no per-row object to build). */
type BoardRow = [string, string, string | null, number | null, number | null, string | null]

const row = (r: ArrearsReport) => ({
  id: r.id, enterprise_id: r.enterpriseId, town_id: r.townId, month: r.month, filed_at: r.filedAt, case_id: r.caseId,
  workers: r.arrears?.workers ?? null, amount: r.arrears?.amount ?? null, since: r.arrears?.since ?? null,
  version: r.version, doc: JSON.stringify(r),
})

const toBoard = ([enterpriseId, filedAt, caseId, workers, amount, since]: BoardRow): BoardReport => ({
  enterpriseId, filedAt, caseId, arrears: workers === null ? null : { workers, amount: amount ?? 0, since: since ?? '' },
})

type FilerRow = { n: number; a: number | null; filed: string | null; arrears: string | null }
const split = (ids: string | null) => (ids === null ? [] : ids.split('\u001e'))

export function sqliteArrears(db: Database.Database): ArrearsStore {
  const board = db.prepare<[string, string], BoardRow>(ARREARS_SQL.board).raw()
  const filers = db.prepare<[string, string], FilerRow>(ARREARS_SQL.filers)
  const byEnterprise = db.prepare<[string, number], { doc: string }>(ARREARS_SQL.byEnterprise)
  const byId = db.prepare<[string], { doc: string }>(ARREARS_SQL.byId)
  const insert = db.prepare(ARREARS_SQL.insert)
  const update = db.prepare(ARREARS_SQL.update)
  const remind = db.prepare<[string, string]>(ARREARS_SQL.remind)
  const reminded = db.prepare<[string], number>(ARREARS_SQL.reminded).pluck()
  return {
    async getReport(id) {
      const r = byId.get(id)
      return r ? (JSON.parse(r.doc) as ArrearsReport) : null
    },
    async saveReport(r) {
      if (r.version === 1) return insert.run(row(r)).changes === 1
      return update.run({ ...row(r), expected: r.version - 1 }).changes === 1
    },
    async listTownMonth(townId, month) {
      return board.all(townId, month).map(toBoard)
    },
    async listTownMonthFilers(townId, month) {
      const r = filers.get(townId, month) as FilerRow
      const out = { filed: split(r.filed), arrears: split(r.arrears) }
      if (out.filed.length === r.n && out.arrears.length === (r.a ?? 0)) return out
      // An id holding the separator: the board's rows instead.
      const rows = board.all(townId, month)
      return { filed: rows.map((b) => b[0]), arrears: rows.filter((b) => b[3] !== null).map((b) => b[0]) }
    },
    async listByEnterprise(enterpriseId, limit) {
      return byEnterprise.all(enterpriseId, Math.min(100, Math.max(1, limit))).map((r) => JSON.parse(r.doc) as ArrearsReport)
    },
    async markReminder(key, at) {
      return remind.run(key, at).changes === 1
    },
    async hasReminder(key) {
      return reminded.get(key) !== undefined
    },
  }
}
