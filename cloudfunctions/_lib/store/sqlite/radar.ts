/**
 * The risk radar on SQLite (migration 015): the snapshot is one row per town (signals as JSON); visits and alerts
 * are rows of their own, folded into `getTown` by two indexed reads.
 */
import type Database from 'better-sqlite3'
import type { EnterpriseSignals } from '../../domain/radar/signals'
import { compositeCursor, parseCursor } from '../cursor'
import type { RadarStore, RadarVisit } from '../radar-port'
import { clampLimit, pageOf } from './page'

/** Above every `YYYY-MM-DD`: the first page of a latest-first list. */
const TOP = '9999-99-99'

export const RADAR_SQL = {
  town: 'SELECT computed_at AS computedAt, rows FROM radar_towns WHERE town_id = ?',
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
  const town = db.prepare<[string], { computedAt: string; rows: string }>(RADAR_SQL.town)
  const lastVisits = db.prepare<[string], { enterpriseId: string; date: string }>(RADAR_SQL.lastVisits)
  const alerts = db.prepare<[string], { enterpriseId: string; at: string }>(RADAR_SQL.alerts)
  const putSnapshot = db.prepare<[string, string, string]>(RADAR_SQL.putSnapshot)
  const addVisit = db.prepare<[string, string, string, string, string]>(RADAR_SQL.addVisit)
  const visits = db.prepare<[string, string, string, string, number], { doc: string }>(RADAR_SQL.visits)
  const markAlerted = db.prepare<[Record<string, string>]>(RADAR_SQL.markAlerted)

  return {
    async getTown(townId) {
      const row = town.get(townId)
      return {
        townId,
        computedAt: row?.computedAt ?? null,
        rows: row ? (JSON.parse(row.rows) as EnterpriseSignals[]) : [],
        lastVisits: Object.fromEntries(lastVisits.all(townId).map((v) => [v.enterpriseId, v.date])),
        alertedAt: Object.fromEntries(alerts.all(townId).map((a) => [a.enterpriseId, a.at])),
      }
    },
    async putSnapshot(townId, computedAt, rows) {
      putSnapshot.run(townId, computedAt, JSON.stringify(rows))
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
