/**
 * Watches the host's SQLite file from a second, read-only connection: `PRAGMA data_version` moves when another
 * connection commits (so "nothing committed" costs one pragma), and row counts of every table say what grew.
 */
import Database from 'better-sqlite3'

export type Counts = Record<string, number>

export type RowWatch = {
  /** Marks the state before a call. */
  before(): void
  /** What the calls since `before()` committed: null when nothing was, else the row count change per table. */
  after(): { changed: Counts; rows: number } | null
  counts(): Counts
  close(): void
}

export function watchRows(dbPath: string): RowWatch {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true })
  const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`).all() as { name: string }[])
    .map((t) => t.name)
  const countStmts = tables.map((t) => db.prepare(`SELECT count(*) AS n FROM "${t}"`))
  const version = () => db.pragma('data_version', { simple: true }) as number
  const counts = (): Counts => Object.fromEntries(tables.map((t, i) => [t, (countStmts[i].get() as { n: number }).n]))
  let mark = { version: version(), counts: counts() }
  return {
    before() {
      const v = version()
      if (v !== mark.version) mark = { version: v, counts: counts() }
    },
    after() {
      const v = version()
      if (v === mark.version) return null
      const now = counts()
      const changed: Counts = {}
      let rows = 0
      for (const t of tables) {
        const d = now[t] - mark.counts[t]
        if (d !== 0) {
          changed[t] = d
          rows += Math.abs(d)
        }
      }
      mark = { version: v, counts: now }
      return { changed, rows }
    },
    counts,
    close: () => db.close(),
  }
}
