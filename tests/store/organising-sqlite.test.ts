/** The organising store contract on SQLite, then what only SQLite shows: every list seeks its (partial) index. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { migrate, openSqliteStore } from '../../cloudfunctions/_lib/store/sqlite'
import { ORGANISING_SQL as S } from '../../cloudfunctions/_lib/store/sqlite/organising'
import { runOrganisingStoreContract } from './organising-contract'

runOrganisingStoreContract('Organising store: SQLite (temp file)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'union-organising-'))
  return { store: openSqliteStore(join(dir, 'store.db')), cleanup: async () => rmSync(dir, { recursive: true, force: true }) }
})

describe('Organising store: SQLite specifics', () => {
  const db = new Database(':memory:')
  migrate(db)
  afterAll(() => db.close())
  const plan = (sql: string) => {
    const named = [...new Set(sql.match(/@\w+/g) ?? [])]
    return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(Object.fromEntries(named.map((n) => [n.slice(1), 'x']))) as Array<{ detail: string }>).map((r) => r.detail).join(' | ')
  }

  test('When the lists are planned, then each seeks its index without a scan or a sort', () => {
    for (const [sql, index] of [[S.town, 'organising_town'], [S.townStatus, 'organising_town_status'], [S.area, 'organising_area'], [S.areaStatus, 'organising_area_status'], [S.remindersDue, 'organising_remind'], [S.latest, 'organising_radar'], [S.totals, 'organising_town_all']]) {
      const p = plan(sql)
      expect(p).toMatch(new RegExp(`^SEARCH organising_entries USING INDEX ${index} `))
      expect(p).not.toMatch(/TEMP B-TREE|SCAN/)
    }
  })
})
