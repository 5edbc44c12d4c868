/** The radar store contract on SQLite, then its plans: every read seeks an index, the radar's grievance pass too. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { migrate, openSqliteStore } from '../../cloudfunctions/_lib/store/sqlite'
import { CASE_COUNT_SQL } from '../../cloudfunctions/_lib/store/sqlite/grievance-counts'
import { RADAR_SQL } from '../../cloudfunctions/_lib/store/sqlite/radar'
import { runRadarStoreContract } from './radar-contract'

runRadarStoreContract('Radar store: SQLite (temp file)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'union-radar-'))
  return { store: openSqliteStore(join(dir, 'store.db')), cleanup: async () => rmSync(dir, { recursive: true, force: true }) }
})

describe('Radar store: SQLite plans', () => {
  const db = new Database(':memory:')
  migrate(db)
  afterAll(() => db.close())
  function plan(sql: string): string {
    const named = [...new Set(sql.match(/@\w+/g) ?? [])]
    const params = named.length > 0 ? [Object.fromEntries(named.map((n) => [n.slice(1), 'x']))] : Array(sql.split('?').length - 1).fill('x')
    return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((r) => r.detail).join(' | ')
  }

  test('When the radar pass over a town is planned, then it reads the town\'s counters by key, and builds or moves them from the covering index', () => {
    expect(plan(CASE_COUNT_SQL.counters)).toMatch(/^SEARCH radar_case_counts USING PRIMARY KEY \(town_id=\?\)$/)
    expect(plan(CASE_COUNT_SQL.counterRows)).toMatch(/^SEARCH radar_case_counts USING PRIMARY KEY \(town_id=\?\)$/)
    expect(plan(CASE_COUNT_SQL.window)).toMatch(/^SEARCH radar_case_windows USING PRIMARY KEY \(town_id=\?\)$/)
    // No case row is read: the build and the window's move walk the covering index of the town's cases.
    for (const sql of [CASE_COUNT_SQL.grouped, CASE_COUNT_SQL.build]) {
      expect(plan(sql)).toMatch(/^SEARCH grievances USING COVERING INDEX grievances_town_created \(town_id=\? AND created_at>\?\)/)
    }
    expect(plan(CASE_COUNT_SQL.between)).toMatch(/^SEARCH grievances USING COVERING INDEX grievances_town_created \(town_id=\? AND created_at>\? AND created_at<\?\)/)
    expect(plan(CASE_COUNT_SQL.add)).not.toMatch(/SCAN|TEMP B-TREE/) // an upsert by the counter's key
    expect(plan(CASE_COUNT_SQL.dropEmpty)).toMatch(/^SEARCH radar_case_counts USING PRIMARY KEY \(town_id=\? AND enterprise_id=\? AND category=\? AND flags=\?\)$/)
  })

  test('When the radar reads are planned, then each seeks a key or an index', () => {
    expect(plan(RADAR_SQL.town)).toMatch(/^SEARCH radar_towns USING INDEX sqlite_autoindex_radar_towns_1 \(town_id=\?\)$/)
    expect(plan(RADAR_SQL.lastVisits)).toMatch(/^SEARCH radar_visits USING (COVERING )?INDEX radar_visits_enterprise \(town_id=\?\)$/)
    expect(plan(RADAR_SQL.alerts)).toMatch(/^SEARCH radar_alerts USING PRIMARY KEY \(town_id=\?\)$/)
    const visits = plan(RADAR_SQL.visits)
    expect(visits).toMatch(/^SEARCH radar_visits USING INDEX radar_visits_enterprise \(town_id=\? AND enterprise_id=\?/)
    expect(visits).not.toMatch(/TEMP B-TREE|SCAN/)
  })
})
