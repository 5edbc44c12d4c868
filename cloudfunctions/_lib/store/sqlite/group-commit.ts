/**
 * Group commit (docs/decisions/0007-sqlite-group-commit.md). Every write made in one event-loop turn
 * joins one transaction: the first opens it (`BEGIN IMMEDIATE`), a `setImmediate` commits it, and each
 * call's promise settles only after that COMMIT succeeded, so no reply is sent before its data is
 * committed. A failed COMMIT rolls the batch back and rejects every call in it.
 *
 * Inside the batch a write is as atomic as before: a single statement that fails is undone alone (SQLite's
 * statement journal) and rejects only its own call; a method of several statements uses `db.transaction`,
 * which nests as a SAVEPOINT here. A read made while a batch is open may see the batch's rows, so it
 * settles after the same COMMIT (and fails with it); a read with no batch open settles at once.
 */
import type Database from 'better-sqlite3'

type Waiter = { settle: () => void; fail: (err: unknown) => void }
type Batch = { waiters: Waiter[] }

export type GroupCommit = {
  /** Runs `work` now inside the turn's transaction (opening it); settles after that transaction commits. */
  write<T>(work: () => T | Promise<T>): Promise<T>
  /** Runs `work` now; settles at once if no transaction is open, else after it commits. */
  read<T>(work: () => T | Promise<T>): Promise<T>
  /** Commits the open batch now (before the database is closed). */
  flush(): void
}

export function groupCommit(db: Database.Database): GroupCommit {
  const begin = db.prepare('BEGIN IMMEDIATE')
  const commit = db.prepare('COMMIT')
  const rollback = db.prepare('ROLLBACK')
  let open: Batch | null = null

  function finish(batch: Batch) {
    if (open !== batch) return // already finished (flushed, or lost to a rollback)
    open = null
    try {
      // SQLite rolls the whole transaction back on some errors (disk full, I/O): nothing left to commit.
      if (!db.inTransaction) throw new Error('the group transaction was rolled back before COMMIT')
      commit.run()
    } catch (err) {
      if (db.inTransaction) rollback.run()
      for (const w of batch.waiters) w.fail(err)
      return
    }
    for (const w of batch.waiters) w.settle()
  }

  function join(): Batch {
    if (open && !db.inTransaction) finish(open) // rolled back under us: fail it, start afresh
    if (!open) {
      begin.run()
      const batch: Batch = { waiters: [] }
      open = batch
      setImmediate(() => finish(batch))
    }
    return open
  }

  /** Runs `work` now; its outcome as a promise (a synchronous throw becomes a rejection). */
  function run<T>(work: () => T | Promise<T>): Promise<T> {
    try {
      return Promise.resolve(work())
    } catch (err) {
      return Promise.reject(err)
    }
  }

  /** Runs `work` now; its outcome is released only when `batch` commits, and replaced by the COMMIT's error if that fails. */
  function after<T>(batch: Batch, work: () => T | Promise<T>): Promise<T> {
    const result = run(work)
    result.catch(() => {}) // a COMMIT failure may be what the caller sees instead
    const committed = new Promise<void>((settle, fail) => batch.waiters.push({ settle, fail }))
    return committed.then(() => result)
  }

  return {
    write: (work) => {
      let batch: Batch
      try {
        batch = join()
      } catch (err) {
        return Promise.reject(err) // e.g. the database is closed, or locked by another process past busy_timeout
      }
      return after(batch, work)
    },
    read: (work) => {
      if (open && !db.inTransaction) finish(open)
      return open ? after(open, work) : run(work)
    },
    flush: () => {
      if (open) finish(open)
    },
  }
}

/** Methods that only read, by the port's naming (and `invoiceUsed`, a yes/no read); any other method is taken to write (safe either way, see below). */
const READS = /^(get|list|count|search|invoiceUsed)/

/**
 * The store with every method of every group (directory, grievances, …) routed through `gc`. A write
 * taken for a read still settles only after it is committed (alone, or with the open batch); a read
 * taken for a write only costs a BEGIN and COMMIT.
 */
export function grouped<S extends object>(store: S, gc: GroupCommit): S {
  const out: Record<string, unknown> = {}
  for (const [name, group] of Object.entries(store)) {
    if (typeof group !== 'object' || group === null) {
      out[name] = group
      continue
    }
    const methods: Record<string, unknown> = {}
    for (const [method, fn] of Object.entries(group)) {
      if (typeof fn !== 'function') methods[method] = fn
      else {
        const via = READS.test(method) ? gc.read : gc.write
        methods[method] = (...args: unknown[]) => via(() => fn.apply(group, args))
      }
    }
    out[name] = methods
  }
  return out as S
}
