/**
 * The risk radar on SQLite (migration 015): the snapshot is one row per town (signals as JSON, one array per
 * enterprise, see packRow); visits and alerts are rows of their own, folded into `getTown` by two indexed reads.
 */
import type Database from 'better-sqlite3'
import type { EnterpriseSignals } from '../../domain/radar/signals'
import type { GrievanceCategory } from '../../../../types/grievance-labels'
import { compositeCursor, parseCursor } from '../cursor'
import type { RadarStore, RadarVisit } from '../radar-port'
import { clampLimit, pageOf } from './page'

/**
 * A snapshot row as stored: `[enterpriseId, name, arrearsReports, overdueReports, insuredPrevious, listInsuredLatest,
 * then per category: category, named cases, named collective, protected cases, protected collective]` (insured
 * null: both null). A town of 5,000 enterprises is then ~0.6 MB of JSON instead of ~2.4 MB as objects: a quarter
 * of the text to build and write on every recompute. Rows stored as objects (before this format) are read as they are.
 */
type PackedRow = Array<string | number | null>

/** Every field of EnterpriseSignals is packed by packRow: a field added there fails to compile here until it is. */
const PACKED: Record<keyof EnterpriseSignals, true> = { enterpriseId: true, name: true, cases: true, arrearsReports: true, overdueReports: true, insured: true }
void PACKED

function packRow(s: EnterpriseSignals): PackedRow {
  const { cases, insured } = s
  const out: PackedRow = [s.enterpriseId, s.name, s.arrearsReports, s.overdueReports, insured?.previous ?? null, insured?.latest ?? null]
  // for…in, not Object.entries: no array of pairs per row (a town's 5,000 rows are packed on every recompute).
  for (const category in cases) {
    const t = cases[category as GrievanceCategory]
    if (t) out.push(category, t.named.cases, t.named.collective, t.protected.cases, t.protected.collective)
  }
  return out
}

function unpackRow(r: PackedRow | EnterpriseSignals): EnterpriseSignals {
  if (!Array.isArray(r)) return r
  const cases: EnterpriseSignals['cases'] = {}
  for (let i = 6; i < r.length; i += 5) {
    cases[r[i] as GrievanceCategory] = {
      named: { cases: r[i + 1] as number, collective: r[i + 2] as number },
      protected: { cases: r[i + 3] as number, collective: r[i + 4] as number },
    }
  }
  return {
    enterpriseId: r[0] as string,
    name: r[1] as string,
    cases,
    arrearsReports: r[2] as number,
    overdueReports: r[3] as number,
    insured: r[4] === null ? null : { previous: r[4] as number, latest: r[5] as number },
  }
}

/** Above every `YYYY-MM-DD`: the first page of a latest-first list. */
const TOP = '9999-99-99'

export const RADAR_SQL = {
  // The rows as bytes (UTF-8 JSON, stored as a BLOB): decoding them is left to the first reader of the rows.
  town: 'SELECT computed_at AS computedAt, CAST(rows AS BLOB) AS rows FROM radar_towns WHERE town_id = ?',
  lastVisits: `SELECT enterprise_id AS enterpriseId, max(date) AS date FROM radar_visits INDEXED BY radar_visits_enterprise
    WHERE town_id = ? GROUP BY enterprise_id`,
  alerts: 'SELECT enterprise_id AS enterpriseId, at FROM radar_alerts WHERE town_id = ?',
  putSnapshot: `INSERT INTO radar_towns (town_id, computed_at, rows) VALUES (?, ?, ?)
    ON CONFLICT (town_id) DO UPDATE SET computed_at = excluded.computed_at, rows = excluded.rows`,
  addVisit: 'INSERT OR IGNORE INTO radar_visits (id, town_id, enterprise_id, date, doc) VALUES (?, ?, ?, ?, ?)',
  visits: `SELECT doc FROM radar_visits INDEXED BY radar_visits_enterprise
    WHERE town_id = ? AND enterprise_id = ? AND (date, id) < (?, ?) ORDER BY date DESC, id DESC LIMIT ?`,
  // The conflict clause updates only an alert older than notBefore: changes = 1 exactly when the alert is due.
  markAlerted: `INSERT INTO radar_alerts (town_id, enterprise_id, at) VALUES (@town, @enterprise, @at)
    ON CONFLICT (town_id, enterprise_id) DO UPDATE SET at = excluded.at WHERE radar_alerts.at < @notBefore`,
}

export function sqliteRadar(db: Database.Database): RadarStore {
  const town = db.prepare<[string], { computedAt: string; rows: Buffer }>(RADAR_SQL.town)
  const lastVisits = db.prepare<[string], { enterpriseId: string; date: string }>(RADAR_SQL.lastVisits)
  const alerts = db.prepare<[string], { enterpriseId: string; at: string }>(RADAR_SQL.alerts)
  const putSnapshot = db.prepare<[string, string, string]>(RADAR_SQL.putSnapshot)
  const addVisit = db.prepare<[string, string, string, string, string]>(RADAR_SQL.addVisit)
  const visits = db.prepare<[string, string, string, string, number], { doc: string }>(RADAR_SQL.visits)
  const markAlerted = db.prepare<[Record<string, string>]>(RADAR_SQL.markAlerted)

  return {
    async getTown(townId) {
      const row = town.get(townId)
      // The rows are parsed when first read (an enumerable getter, so the record still compares and spreads as data):
      // a list that recomputes the snapshot anyway never pays for parsing the old one (a few MB for a large town).
      let rows: EnterpriseSignals[] | undefined = row ? undefined : []
      return {
        townId,
        computedAt: row?.computedAt ?? null,
        get rows() {
          return (rows ??= (JSON.parse(row ? row.rows.toString('utf8') : '[]') as Array<PackedRow | EnterpriseSignals>).map(unpackRow))
        },
        lastVisits: Object.fromEntries(lastVisits.all(townId).map((v) => [v.enterpriseId, v.date])),
        alertedAt: Object.fromEntries(alerts.all(townId).map((a) => [a.enterpriseId, a.at])),
      }
    },
    async putSnapshot(townId, computedAt, rows) {
      // The JSON text as it is: binding the string (better-sqlite3 encodes it to UTF-8 once) measured cheaper than
      // Buffer.from() first (~1 ms against ~2.5 ms for a town of 5,000). It is read back as bytes (RADAR_SQL.town).
      putSnapshot.run(townId, computedAt, JSON.stringify(rows.map(packRow)))
    },
    async addVisit(v) {
      return addVisit.run(v.id, v.townId, v.enterpriseId, v.date, JSON.stringify(v)).changes === 1
    },
    async listVisits(townId, enterpriseId, after, limit) {
      const size = clampLimit(limit)
      const { key, id } = after === undefined ? { key: TOP, id: '' } : parseCursor(after)
      const items = visits.all(townId, enterpriseId, key, id, size).map((r) => JSON.parse(r.doc) as RadarVisit)
      return pageOf(items, size, (v) => compositeCursor(v.date, v.id))
    },
    async markAlerted(townId, enterpriseId, at, notBefore) {
      return markAlerted.run({ town: townId, enterprise: enterpriseId, at, notBefore }).changes === 1
    },
  }
}
