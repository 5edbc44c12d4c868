import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { openSqliteStore, MIGRATIONS, migrate } from '../../cloudfunctions/_lib/store/sqlite'
import { DIRECTORY_SQL } from '../../cloudfunctions/_lib/store/sqlite/directory'
import { OFFICERS_SQL } from '../../cloudfunctions/_lib/store/sqlite/officers'
import { AUDIT_SQL } from '../../cloudfunctions/_lib/store/sqlite/audit'
import { SEARCH_SQL } from '../../cloudfunctions/_lib/store/sqlite/enterprise-search'
import { asciiLower, bigrams } from '../../cloudfunctions/_lib/store/sqlite/grams'
import { runStoreContract } from './contract'
import * as make from '../support/factories'

function tempDbPath(): { path: string; cleanup: () => Promise<void> } {
  const dir = mkdtempSync(join(tmpdir(), 'union-store-'))
  return { path: join(dir, 'store.db'), cleanup: async () => rmSync(dir, { recursive: true, force: true }) }
}

runStoreContract(
  'SQLite store (temp file)',
  async () => {
    const { path, cleanup } = tempDbPath()
    return { store: openSqliteStore(path), cleanup }
  },
  { atomicBatch: true },
)

runStoreContract('SQLite store (:memory:)', async () => ({ store: openSqliteStore(':memory:') }), { atomicBatch: true })

describe('SQLite specifics', () => {
  const noRecords = { orgs: [], enterprises: [], officers: [] }

  test('When a database is reopened, then migrations are not applied twice and data survives', async () => {
    const { path, cleanup } = tempDbPath()
    const o = make.officer()
    const first = openSqliteStore(path)
    await first.officers.put(o)
    await first.close()
    const second = openSqliteStore(path)
    expect(await second.officers.get(o.openid)).toEqual(o)
    await second.close()
    const db = new Database(path)
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    db.close()
    await cleanup()
  })

  test('When a migration is appended, then only it runs, and a failing one leaves the version unchanged', () => {
    const db = new Database(':memory:')
    migrate(db)
    const extra = [...MIGRATIONS, { name: 'add t', up: 'CREATE TABLE t (x INTEGER)' }]
    expect(migrate(db, extra)).toBe(MIGRATIONS.length + 1)
    expect(migrate(db, extra)).toBe(MIGRATIONS.length + 1) // idempotent: no "table t already exists"
    const broken = [...extra, { name: 'broken', up: 'CREATE TABLE u (y INTEGER); CREATE TABLE t (x INTEGER)' }]
    expect(() => migrate(db, broken)).toThrow(/already exists/)
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length + 1)
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'u'").get()).toEqual({ n: 0 })
    expect(() => migrate(db, MIGRATIONS)).toThrow(/newer than this code/)
    db.close()
  })

  test('When the list queries are planned, then each one searches an index instead of scanning a table', () => {
    const db = new Database(':memory:')
    migrate(db)
    const plan = (sql: string, ...params: unknown[]) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((r) => r.detail).join(' | ')
    expect(plan(DIRECTORY_SQL.towns)).toMatch(/SEARCH orgs USING INDEX orgs_type_id/)
    expect(plan(DIRECTORY_SQL.orgsBelow, '/a/', '/a0', '', 10)).toMatch(/SEARCH orgs USING INDEX orgs_path \(path>\? AND path<\?\)/)
    expect(plan(OFFICERS_SQL.byOrg, 'o', '', 10)).toMatch(/SEARCH officers USING (COVERING )?INDEX officers_org_openid/)
    expect(plan(AUDIT_SQL.byRecord, 't', 'r', '', 10)).toMatch(/SEARCH audit USING INDEX audit_record/)
    expect(plan(SEARCH_SQL.viaGram, 'ab', '', 'ab', 10)).toMatch(/SEARCH g USING PRIMARY KEY \(gram=\? AND enterprise_id>\?\).*SEARCH e USING INDEX sqlite_autoindex_enterprises_1 \(id=\?\)/)
    expect(plan(SEARCH_SQL.viaTown, 't', '', 'ab', 10)).toMatch(/SEARCH enterprises USING INDEX enterprises_town_id \(town_id=\? AND id>\?\)/)
    for (const sql of [DIRECTORY_SQL.towns, OFFICERS_SQL.byOrg, AUDIT_SQL.byRecord, SEARCH_SQL.viaGram, SEARCH_SQL.viaTown]) {
      expect(plan(sql, ...Array(sql.split('?').length - 1).fill('x'))).not.toMatch(/SCAN|TEMP B-TREE/)
    }
    db.close()
  })

  test('When 25,000 rows are imported, then progress is reported every 10,000 rows and at the end', async () => {
    const store = openSqliteStore(':memory:')
    const townId = make.uid('town')
    const enterprises = Array.from({ length: 25_000 }, () => make.enterprise({ townId }))
    const calls: Array<[number, number]> = []
    await store.directory.upsertBatch({ ...noRecords, enterprises }, (done, total) => calls.push([done, total]))
    expect(calls).toEqual([[10_000, 25_000], [20_000, 25_000], [25_000, 25_000]])
    await store.close()
  })

  test('When names are renamed, then the bigram postings and their counts follow exactly', async () => {
    const { path, cleanup } = tempDbPath()
    const store = openSqliteStore(path)
    const word = make.uniqueHan()
    const a = make.enterprise({ name: `${word}甲` })
    const b = make.enterprise({ name: `${word}乙` })
    await store.directory.upsertBatch({ ...noRecords, enterprises: [a, b] })
    await store.directory.upsertBatch({ ...noRecords, enterprises: [{ ...a, name: '别的名字' }] })
    expect((await store.directory.searchEnterprises(word, undefined, undefined, 20)).items.map((e) => e.id)).toEqual([b.id])
    await store.directory.upsertBatch({ ...noRecords, enterprises: [{ ...b, name: '又一个名字ABC' }] })
    expect((await store.directory.searchEnterprises(word, undefined, undefined, 20)).items).toEqual([])
    expect((await store.directory.searchEnterprises('名字', undefined, undefined, 20)).items).toHaveLength(2)

    const db = new Database(path, { readonly: true })
    const postings = db.prepare('SELECT gram FROM enterprise_grams WHERE enterprise_id = ? ORDER BY gram')
    expect(postings.all(a.id)).toEqual(['别的', '的名', '名字'].sort().map((gram) => ({ gram })))
    expect(postings.all(b.id)).toHaveLength(bigrams(asciiLower('又一个名字ABC')).length)
    expect(db.prepare('SELECT gram, n FROM enterprise_gram_counts ORDER BY gram').all()).toEqual(
      db.prepare('SELECT gram, count(*) AS n FROM enterprise_grams GROUP BY gram ORDER BY gram').all(),
    )
    db.close()
    await store.close()
    await cleanup()
  })

  test('When a posting went missing outside the store, then the next import recounts that bigram exactly', async () => {
    const { path, cleanup } = tempDbPath()
    const store = openSqliteStore(path)
    const word = make.uniqueHan(3)
    const e = make.enterprise({ name: `${word}厂` })
    await store.directory.upsertBatch({ ...noRecords, enterprises: [e] })
    const raw = new Database(path)
    raw.prepare('DELETE FROM enterprise_grams WHERE gram = ? AND enterprise_id = ?').run(word.slice(0, 2), e.id)
    await store.directory.upsertBatch({ ...noRecords, enterprises: [{ ...e, name: '改了名的厂' }] })
    expect(raw.prepare('SELECT gram, n FROM enterprise_gram_counts ORDER BY gram').all()).toEqual(
      raw.prepare('SELECT gram, count(*) AS n FROM enterprise_grams GROUP BY gram ORDER BY gram').all(),
    )
    raw.close()
    await store.close()
    await cleanup()
  })

  test('When a one-character query reaches the store, then it still finds by that character', async () => {
    const store = openSqliteStore(':memory:')
    const [ch] = make.uniqueHan(1)
    const e = make.enterprise({ name: `义乌${ch}有限公司` })
    await store.directory.upsertBatch({ ...noRecords, enterprises: [e, make.enterprise()] })
    expect((await store.directory.searchEnterprises(ch, undefined, undefined, 20)).items).toEqual([e])
    expect((await store.directory.searchEnterprises(ch, e.townId, undefined, 20)).items).toEqual([e])
    await store.close()
  })
})
