/** The embedded SQLite store (local host, demos, tests). better-sqlite3 is synchronous; the port is async. */
import Database from 'better-sqlite3'
import type { Store } from '../port'
import { sqliteAudit } from './audit'
import { sqliteSideRecords } from './side-records'
import { sqliteCalendar } from './calendar'
import { startCheckpointer } from './checkpointer'
import { sqliteCheckins } from './checkins'
import { sqliteDesktop } from './desktop'
import { sqliteDirectory } from './directory'
import { sqliteGrievances } from './grievances'
import { groupCommit, grouped } from './group-commit'
import { sqliteInbox } from './inbox'
import { sqliteInvites } from './invites'
import { sqliteLegal } from './legal'
import { sqliteMemberships } from './memberships'
import { sqliteMutualAid } from './mutual-aid'
import { sqliteArrears } from './arrears'
import { sqliteDashboard } from './dashboard'
import { sqliteRadar } from './radar'
import { sqliteOrganising } from './organising'
import { migrate } from './migrations'
import { sqliteNotify } from './notify'
import { sqliteOfficers } from './officers'
import { sqliteUploadSlots } from './upload-slots'
import { sqliteQuota } from './quota'

export { MIGRATIONS, migrate } from './migrations'

/** Opens (creating if needed) and migrates the database at `path`; `:memory:` for throwaway stores. */
export function openSqliteStore(path: string): Store {
  return openSqlite(path).store
}

/** The store and its connection: tests that inject faults do it on this connection, the one the store writes with. */
export function openSqlite(path: string): { store: Store; db: Database.Database } {
  const db = new Database(path)
  db.pragma('journal_mode = WAL')
  // WAL + NORMAL: durable across process crashes; a power loss may drop the last few commits.
  db.pragma('synchronous = NORMAL')
  // Statement and savepoint journals in memory, not temp files: inside a group-commit batch every write is a
  // nested statement (grievances.create a SAVEPOINT), and as files they cost a submit about a quarter of its time (decision 0010).
  db.pragma('temp_store = MEMORY')
  db.pragma('busy_timeout = 5000')
  // 64 MiB page cache: the bigram index (~33 MB per 100k enterprises) thrashes the 2 MiB default on import.
  db.pragma('cache_size = -65536')
  migrate(db)
  // Writes of one event-loop turn share one transaction; each call settles after its COMMIT (group-commit.ts).
  const gc = groupCommit(db)
  // WAL checkpoints in a worker thread, not inside a COMMIT on the event loop (checkpointer.ts).
  const checkpoints = path === ':memory:' || path === '' ? null : startCheckpointer(db, path)
  const store: Store = {
    directory: sqliteDirectory(db),
    grievances: sqliteGrievances(db),
    inbox: sqliteInbox(db),
    checkins: sqliteCheckins(db),
    uploads: sqliteUploadSlots(db),
    memberships: sqliteMemberships(db),
    officers: sqliteOfficers(db),
    invites: sqliteInvites(db),
    audit: sqliteAudit(db),
    sideRecords: sqliteSideRecords(db),
    quota: sqliteQuota(db),
    calendar: sqliteCalendar(db),
    desktop: sqliteDesktop(db),
    ...sqliteNotify(db),
    legal: sqliteLegal(db),
    mutualAid: sqliteMutualAid(db),
    arrears: sqliteArrears(db),
    organising: sqliteOrganising(db),
    dashboard: sqliteDashboard(db),
    radar: sqliteRadar(db),
    async close() {
      if (!db.open) return
      await checkpoints?.stop()
      gc.flush()
      db.close()
    },
  }
  return { store: grouped(store, gc), db }
}
