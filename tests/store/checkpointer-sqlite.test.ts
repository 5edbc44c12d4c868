/**
 * The WAL checkpointer (checkpointer.ts, decision 0007): the worker thread copies the log into the database file
 * while the writer's own checkpoint waits far behind, and the writer gets SQLite's default back when it stops.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { BACKSTOP_PAGES, LOG_KEEP_BYTES, startCheckpointer } from '../../cloudfunctions/_lib/store/sqlite/checkpointer'

const dirs: string[] = []
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

function openFile() {
  const dir = mkdtempSync(join(tmpdir(), 'union-ckpt-'))
  dirs.push(dir)
  const path = join(dir, 'db.sqlite')
  const db = new Database(path)
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT NOT NULL)')
  return { db, path }
}

const until = async (ok: () => boolean, ms = 5_000) => {
  const end = Date.now() + ms
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out')
    await new Promise((r) => setTimeout(r, 20))
  }
}

test('the worker copies the log into the database file; the writer keeps its own checkpoint as a distant backstop', async () => {
  const { db, path } = openFile()
  const ckpt = startCheckpointer(db, path, 20)
  try {
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(BACKSTOP_PAGES)
    expect(db.pragma('journal_size_limit', { simple: true })).toBe(LOG_KEEP_BYTES)
    const before = statSync(path).size
    // ~2 MB in 500 pages: far below the backstop, so only the worker can have moved it into the file.
    const insert = db.prepare('INSERT INTO t (body) VALUES (?)')
    db.transaction(() => {
      for (let i = 0; i < 500; i++) insert.run('x'.repeat(4_000))
    })()
    await until(() => statSync(path).size > before + 1_500_000)
  } finally {
    await ckpt.stop()
  }
  expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(BACKSTOP_PAGES)
  db.close()
})

test('a worker that dies hands the checkpoints back to the writer at SQLite default', async () => {
  const { db, path } = openFile()
  // A path the worker cannot open: it fails at once and exits.
  startCheckpointer(db, join(path, 'missing', 'x.sqlite'), 20)
  await until(() => db.pragma('wal_autocheckpoint', { simple: true }) === 1_000)
  db.close()
})
