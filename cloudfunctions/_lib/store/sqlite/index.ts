/** The embedded SQLite store (local host, demos, tests). better-sqlite3 is synchronous; the port is async. */
import Database from 'better-sqlite3'
import type { Store } from '../port'
import { sqliteAudit } from './audit'
import { sqliteCalendar } from './calendar'
import { sqliteCheckins } from './checkins'
import { sqliteDirectory } from './directory'
import { sqliteGrievances } from './grievances'
import { sqliteInbox } from './inbox'
import { sqliteInvites } from './invites'
import { migrate } from './migrations'
import { sqliteOfficers } from './officers'

export { MIGRATIONS, migrate } from './migrations'

/** Opens (creating if needed) and migrates the database at `path`; `:memory:` for throwaway stores. */
export function openSqliteStore(path: string): Store {
  const db = new Database(path)
  db.pragma('journal_mode = WAL')
  // WAL + NORMAL: durable across process crashes; a power loss may drop the last few commits.
  db.pragma('synchronous = NORMAL')
  db.pragma('busy_timeout = 5000')
  // 64 MiB page cache: the bigram index (~33 MB per 100k enterprises) thrashes the 2 MiB default on import.
  db.pragma('cache_size = -65536')
  migrate(db)
  return {
    directory: sqliteDirectory(db),
    grievances: sqliteGrievances(db),
    inbox: sqliteInbox(db),
    checkins: sqliteCheckins(db),
    officers: sqliteOfficers(db),
    invites: sqliteInvites(db),
    audit: sqliteAudit(db),
    calendar: sqliteCalendar(db),
    async close() {
      if (db.open) db.close()
    },
  }
}
