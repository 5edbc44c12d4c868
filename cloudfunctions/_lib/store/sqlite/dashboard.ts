import type Database from 'better-sqlite3'
import type { DashboardStore, OrgRollup } from '../dashboard-port'
import { clampLimit, pageOf } from './page'

export const DASHBOARD_SQL = {
  get: 'SELECT doc FROM dashboard_rollups WHERE org_id = ?',
  put: 'INSERT INTO dashboard_rollups (org_id, doc) VALUES (?, ?) ON CONFLICT(org_id) DO UPDATE SET doc = excluded.doc',
  list: 'SELECT doc FROM dashboard_rollups WHERE org_id > ? ORDER BY org_id LIMIT ?',
}

export function sqliteDashboard(db: Database.Database): DashboardStore {
  const get = db.prepare<[string], { doc: string }>(DASHBOARD_SQL.get)
  const put = db.prepare(DASHBOARD_SQL.put)
  const list = db.prepare<[string, number], { doc: string }>(DASHBOARD_SQL.list)
  const putAll = db.transaction((rows: readonly OrgRollup[]) => rows.forEach((r) => put.run(r.orgId, JSON.stringify(r))))
  return {
    async get(orgId) {
      const row = get.get(orgId)
      return row ? (JSON.parse(row.doc) as OrgRollup) : null
    },
    async put(rollups) {
      putAll(rollups)
    },
    async list(after, limit) {
      const size = clampLimit(limit)
      return pageOf(list.all(after ?? '', size).map((r) => JSON.parse(r.doc) as OrgRollup), size, (r) => r.orgId)
    },
  }
}
