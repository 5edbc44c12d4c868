/** The desktop sign-in store contract on SQLite, then what only SQLite shows: the list seeks its partial index. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { migrate, openSqliteStore } from '../../cloudfunctions/_lib/store/sqlite'
import { DESKTOP_SQL } from '../../cloudfunctions/_lib/store/sqlite/desktop'
import { runDesktopContract } from './desktop-contract'

runDesktopContract('Desktop sign-in: SQLite (temp file)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'union-desktop-'))
  return { store: openSqliteStore(join(dir, 'store.db')), cleanup: async () => rmSync(dir, { recursive: true, force: true }) }
})

describe('Desktop sign-in: SQLite specifics', () => {
  test('When the live list is planned, then it seeks the index of open sessions without sorting', () => {
    const db = new Database(':memory:')
    migrate(db)
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${DESKTOP_SQL.live}`).all('o', 'x', 'x', 1) as Array<{ detail: string }>)
      .map((r) => r.detail).join(' | ')
    db.close()
    expect(plan).toMatch(/^SEARCH desktop_sessions USING INDEX desktop_sessions_open \(openid=\? AND id<\?\)$/)
  })
})
