/**
 * Group commit in the SQLite adapter (cloudfunctions/_lib/store/sqlite/group-commit.ts): the writes of one
 * event-loop turn share one transaction, and no call settles before that transaction is committed.
 * A second connection on the same file sees only committed rows, so it tells what is durable.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { openSqliteStore } from '../../cloudfunctions/_lib/store/sqlite'
import { groupCommit } from '../../cloudfunctions/_lib/store/sqlite/group-commit'
import type { Store } from '../../cloudfunctions/_lib/store/port'
import { openHarness } from '../support/harness'
import * as make from '../support/factories'

let dir: string
let store: Store
let reader: Database.Database

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'union-group-'))
  store = openSqliteStore(join(dir, 'store.db'))
  reader = new Database(join(dir, 'store.db'), { readonly: true })
})
afterAll(async () => {
  reader.close()
  await store.close()
  rmSync(dir, { recursive: true, force: true })
})

/** What another connection sees: committed rows only. */
const committed = (table: string, where: string, value: string) =>
  (reader.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where} = ?`).get(value) as { n: number }).n

describe('SQLite group commit', () => {
  test('When writes are made in one turn, then none is visible elsewhere before the await and all are after it', async () => {
    const o = make.officer()
    const entry = make.inboxItem()
    const writes = Promise.all([store.officers.put(o), store.inbox.add(entry)])
    expect(committed('officers', 'openid', o.openid)).toBe(0) // still in the open batch
    await writes
    expect(committed('officers', 'openid', o.openid)).toBe(1)
    expect(committed('inbox', 'id', entry.id)).toBe(1)
  })

  test('When one create in a batch fails on its second statement, then it leaves no reporter row and its siblings commit', async () => {
    const good = make.grievanceCase()
    const bad = make.grievanceCase({ status: null as unknown as 'pending' }) // NOT NULL: the case insert fails after the reporter's
    const badReporter = make.participant({ caseId: bad.id })
    const entry = make.inboxItem()
    const results = await Promise.allSettled([
      store.grievances.create(good, make.participant({ caseId: good.id })),
      store.grievances.create(bad, badReporter),
      store.inbox.add(entry),
    ])
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
    expect(committed('grievances', 'id', good.id)).toBe(1)
    expect(committed('grievance_participants', 'case_id', good.id)).toBe(1)
    expect(committed('grievances', 'id', bad.id)).toBe(0)
    expect(committed('grievance_participants', 'request_key', badReporter.requestKey)).toBe(0)
    expect(committed('inbox', 'id', entry.id)).toBe(1)
  })

  test('When a directory import fails in a batch, then it is rolled back alone', async () => {
    const held = make.enterprise()
    await store.directory.upsertBatch({ orgs: [], enterprises: [held], officers: [] })
    const t = make.town()
    const clash = make.enterprise({ townId: t.id, creditCode: held.creditCode })
    const o = make.officer()
    const results = await Promise.allSettled([
      store.directory.upsertBatch({ orgs: [t], enterprises: [clash], officers: [] }),
      store.officers.put(o),
    ])
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled'])
    expect(committed('orgs', 'id', t.id)).toBe(0)
    expect(committed('officers', 'openid', o.openid)).toBe(1)
  })

  test('When two creates with the same requestKey race in one batch, then exactly one is created', async () => {
    const first = make.grievanceCase()
    const second = make.grievanceCase()
    const requestKey = make.uid('req')
    const created = await Promise.all([
      store.grievances.create(first, make.participant({ caseId: first.id, requestKey })),
      store.grievances.create(second, make.participant({ caseId: second.id, requestKey })),
    ])
    expect(created).toEqual([true, false])
    expect(committed('grievance_participants', 'request_key', requestKey)).toBe(1)
    expect(committed('grievances', 'id', second.id)).toBe(0)
  })

  test('When two version-checked updates race in one batch, then exactly one wins', async () => {
    const c = make.grievanceCase()
    await store.grievances.create(c, make.participant({ caseId: c.id }))
    const next = (summary: string) => ({ ...c, summary, version: c.version + 1 })
    expect(await Promise.all([store.grievances.update(next('a')), store.grievances.update(next('b'))])).toEqual([true, false])
    expect((await store.grievances.get(c.id))?.summary).toBe('a')
  })

  test('When a read runs while a batch is open, then it sees the batch and settles only after the COMMIT', async () => {
    const o = make.officer()
    const write = store.officers.put(o)
    const read = store.officers.get(o.openid)
    const seenAt = await read.then(() => committed('officers', 'openid', o.openid))
    await write
    expect(await read).toEqual(o)
    expect(seenAt).toBe(1)
  })
})

describe('SQLite group commit: a failed COMMIT', () => {
  test('When the COMMIT fails, then every call of the batch rejects, nothing stays, and the next batch works', async () => {
    const db = new Database(':memory:')
    db.pragma('foreign_keys = ON')
    // A deferred foreign key is checked at COMMIT: the statement succeeds, the COMMIT fails.
    db.exec(`CREATE TABLE parent (id TEXT PRIMARY KEY);
      CREATE TABLE child (id TEXT PRIMARY KEY, parent_id TEXT REFERENCES parent(id) DEFERRABLE INITIALLY DEFERRED)`)
    const gc = groupCommit(db)
    const count = (t: string) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n
    const results = await Promise.allSettled([
      gc.write(() => db.prepare("INSERT INTO parent (id) VALUES ('p1')").run().changes),
      gc.write(() => db.prepare("INSERT INTO child (id, parent_id) VALUES ('c1', 'missing')").run().changes),
      gc.read(() => count('parent')), // saw p1, which is never committed
    ])
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected'])
    expect(String((results[0] as PromiseRejectedResult).reason)).toMatch(/FOREIGN KEY/)
    expect(db.inTransaction).toBe(false)
    expect([count('parent'), count('child')]).toEqual([0, 0])
    expect(await gc.write(() => db.prepare("INSERT INTO parent (id) VALUES ('p2')").run().changes)).toBe(1)
    expect(count('parent')).toBe(1)
    db.close()
  })

  test('When no batch is open, then a read settles at once without opening a transaction', async () => {
    const db = new Database(':memory:')
    const gc = groupCommit(db)
    const read = gc.read(() => db.inTransaction)
    expect(await read).toBe(false)
    db.close()
  })
})

describe('SQLite WAL checkpoints in a worker thread', () => {
  test('When writes are committed, then the worker copies them into the database file without the writer checkpointing', async () => {
    const o = make.officer()
    await store.officers.put(o)
    // The database file alone, without its write-ahead log, holds only what a checkpoint copied into it.
    const inFile = () => {
      const copy = join(dir, `copy-${make.uid('c')}.db`)
      copyFileSync(join(dir, 'store.db'), copy)
      const db = new Database(copy, { readonly: true })
      try {
        // Before the first checkpoint even the schema is only in the log.
        const tables = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'officers'").get() as { n: number }
        return tables.n === 0 ? 0 : (db.prepare('SELECT count(*) AS n FROM officers WHERE openid = ?').get(o.openid) as { n: number }).n
      } finally {
        db.close()
      }
    }
    let seen = inFile()
    for (let i = 0; i < 40 && seen === 0; i++) {
      await new Promise((r) => setTimeout(r, 50))
      seen = inFile()
    }
    expect(seen).toBe(1) // a few KiB of log: far below the writer's own auto-checkpoint size
  })
})

describe('SQLite group commit: through the grievance function', () => {
  test('When the same submission is sent twice at once, then one case is created and both replies name it', async () => {
    const h = await openHarness()
    try {
      const worker = h.as('o-worker-1')
      const input = { requestId: make.uid('req'), enterpriseId: 'e-hx', category: 'wage_arrears', privacy: 'named', affectedCount: 1, description: '公司已经两个月没有发工资了，车间里的人都一样。', contact: { name: '王秀英', phone: '13912345678' } }
      const [a, b] = await Promise.all([worker('grievance', 'submit', input), worker('grievance', 'submit', input)])
      expect(a.ok && b.ok).toBe(true)
      expect(b.data.id).toBe(a.data.id)
      const mine = await worker('grievance', 'mine', {})
      expect(mine.data.items.filter((i: { id: string }) => i.id === a.data.id)).toHaveLength(1)
      expect(mine.data.items).toHaveLength(1)
    } finally {
      await h.close()
    }
  })
})
