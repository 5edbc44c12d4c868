/**
 * WAL checkpoints off the event loop (docs/decisions/0007-sqlite-group-commit.md). By default SQLite copies
 * the write-ahead log into the database file inside whichever COMMIT takes the log past 1,000 pages: random
 * writes into a large file plus two fsyncs, on the event loop, stalling every request in flight. Here a
 * worker thread with its own connection runs a PASSIVE checkpoint every `everyMs` (a PASSIVE checkpoint
 * never blocks the writer), and the writer's own auto-checkpoint stays as a backstop at a much larger size, in
 * case the worker falls behind. Should the worker fail, the writer goes back to SQLite's default. Durability
 * is unchanged: a checkpoint is the same work, done elsewhere.
 *
 * Why the backstop is so large: under steady writes the log seldom starts over (a writer restarts it only when
 * a checkpoint has copied every frame and no commit came in between), so it grows past any small limit even
 * though the worker keeps up; at 10,000 pages the writer's own checkpoint ran inside a COMMIT every half
 * second under 16 concurrent submits, 25–50 ms each, which was the whole p99 of a submit (decision 0007).
 */
import type Database from 'better-sqlite3'
import { Worker } from 'node:worker_threads'

/** The writer's own checkpoint, only if the worker falls this far behind (pages of 4 KiB: ~400 MiB). */
export const BACKSTOP_PAGES = 100_000
/** A log grown large under load is cut back to this when it next starts over (bytes), not kept at its peak. */
export const LOG_KEEP_BYTES = 64 * 1024 * 1024
const SQLITE_DEFAULT_PAGES = 1_000

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.driver)
const db = new Database(workerData.path)
db.pragma('busy_timeout = 5000')
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)') } catch (err) { clearInterval(timer); db.close(); throw err }
}, workerData.everyMs)
parentPort.once('message', () => {
  clearInterval(timer)
  db.close()
  parentPort.close()
})
`

export type Checkpointer = { stop(): Promise<void> }

/** Checkpoints the database file of `db` (opened on `path`, in WAL mode) from a worker thread until stopped. */
export function startCheckpointer(db: Database.Database, path: string, everyMs = 200): Checkpointer {
  db.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`)
  db.pragma(`journal_size_limit = ${LOG_KEEP_BYTES}`)
  const worker = new Worker(WORKER, { eval: true, workerData: { driver: require.resolve('better-sqlite3'), path, everyMs } })
  worker.unref() // never keeps the process alive on its own
  let stopping = false
  const exited = new Promise<void>((done) => worker.once('exit', () => done()))
  // A worker that fails or exits on its own: the writer checkpoints for itself again, as SQLite does by default.
  worker.on('error', () => {})
  void exited.then(() => {
    if (!stopping && db.open) db.pragma(`wal_autocheckpoint = ${SQLITE_DEFAULT_PAGES}`)
  })
  return {
    async stop() {
      stopping = true
      worker.ref() // else a process waiting only for this exit would end first
      worker.postMessage('stop')
      await exited
    },
  }
}
