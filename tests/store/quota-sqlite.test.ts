/** The quota store contract on SQLite, then what only SQLite shows: a take is one statement on the primary key. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { migrate, openSqliteStore } from '../../cloudfunctions/_lib/store/sqlite'
import { QUOTA_SQL } from '../../cloudfunctions/_lib/store/sqlite/quota'
import { runQuotaStoreContract } from './quota-contract'

runQuotaStoreContract('Quota store: SQLite (temp file)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'union-quota-'))
  return { store: openSqliteStore(join(dir, 'store.db')), cleanup: async () => rmSync(dir, { recursive: true, force: true }) }
})

describe('Quota store: SQLite specifics', () => {
  test('When a unit is taken, then one statement seeks the (key, period) primary key and says whether it took', () => {
    const db = new Database(':memory:')
    migrate(db)
    expect(QUOTA_SQL.take.trim().split(';').filter(Boolean)).toHaveLength(1)
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${QUOTA_SQL.count}`).all('k', 'p') as Array<{ detail: string }>).map((r) => r.detail).join(' | ')
    expect(plan).toMatch(/SEARCH quota USING PRIMARY KEY \(key=\? AND period=\?\)/)
    const take = db.prepare(QUOTA_SQL.take)
    expect(take.get('k', 'p', 1)).toEqual({ n: 1 })
    expect(take.get('k', 'p', 1)).toBeUndefined()
    const remove = (db.prepare(`EXPLAIN QUERY PLAN ${QUOTA_SQL.removeEnded}`).all('2026-01-01') as Array<{ detail: string }>).map((r) => r.detail).join(' | ')
    expect(remove).toMatch(/SEARCH quota USING (COVERING )?INDEX quota_period \(period<\?\)/)
    db.close()
  })
})
