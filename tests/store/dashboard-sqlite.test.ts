/** The dashboard store contract on SQLite, then what only SQLite shows: reads seek the primary key. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { migrate, openSqliteStore } from '../../cloudfunctions/_lib/store/sqlite'
import { DASHBOARD_SQL } from '../../cloudfunctions/_lib/store/sqlite/dashboard'
import { runDashboardStoreContract } from './dashboard-contract'

runDashboardStoreContract('Dashboard store: SQLite (temp file)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'union-dashboard-'))
  return { store: openSqliteStore(join(dir, 'store.db')), cleanup: async () => rmSync(dir, { recursive: true, force: true }) }
})

describe('Dashboard store: SQLite specifics', () => {
  test('When a rollup is read or the rollups are listed, then the primary key is sought, never scanned or sorted', () => {
    const db = new Database(':memory:')
    migrate(db)
    const plan = (sql: string, ...args: unknown[]) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as Array<{ detail: string }>).map((r) => r.detail).join(' | ')
    expect(plan(DASHBOARD_SQL.get, 'x')).toMatch(/^SEARCH dashboard_rollups USING INDEX sqlite_autoindex_dashboard_rollups_1 \(org_id=\?\)$/)
    expect(plan(DASHBOARD_SQL.list, 'x', 1)).toMatch(/^SEARCH dashboard_rollups USING INDEX sqlite_autoindex_dashboard_rollups_1 \(org_id>\?\)$/)
    db.close()
  })
})
