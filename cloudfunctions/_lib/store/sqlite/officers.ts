import type Database from 'better-sqlite3'
import type { Officer } from '../../../../types/directory'
import type { OfficerStore } from '../port'
import { clampLimit, pageOf } from './page'

export type OfficerRow = { openid: string; org_id: string; role: Officer['role']; name: string }
export const toOfficer = (r: OfficerRow): Officer => ({ openid: r.openid, orgId: r.org_id, role: r.role, name: r.name })

/** Shared with the directory import, which writes officers in its own transaction. */
export function prepareOfficerUpsert(db: Database.Database): (officer: Officer) => void {
  const upsert = db.prepare(
    `INSERT INTO officers (openid, org_id, role, name) VALUES (?, ?, ?, ?)
     ON CONFLICT(openid) DO UPDATE SET org_id = excluded.org_id, role = excluded.role, name = excluded.name`,
  )
  return (o) => void upsert.run(o.openid, o.orgId, o.role, o.name)
}

export const OFFICERS_SQL = {
  byOrg: 'SELECT * FROM officers WHERE org_id = ? AND openid > ? ORDER BY openid LIMIT ?',
}

export function sqliteOfficers(db: Database.Database): OfficerStore {
  const byOpenid = db.prepare<[string], OfficerRow>('SELECT * FROM officers WHERE openid = ?')
  const byOrg = db.prepare<[string, string, number], OfficerRow>(OFFICERS_SQL.byOrg)
  const upsert = prepareOfficerUpsert(db)
  return {
    async get(openid) {
      const row = byOpenid.get(openid)
      return row ? toOfficer(row) : null
    },
    async put(officer) {
      upsert(officer)
    },
    async listByOrg(orgId, after, limit) {
      const size = clampLimit(limit)
      return pageOf(byOrg.all(orgId, after ?? '', size).map(toOfficer), size, (o) => o.openid)
    },
  }
}
