import type Database from 'better-sqlite3'
import type { SideRecordStore } from '../port'
import { auditInsert } from './audit'
import { checkinInsert } from './checkins'
import { inboxInsert } from './inbox'

/** An action's side records in one transaction (the tables stay apart here: no round trip to save). */
export function sqliteSideRecords(db: Database.Database): SideRecordStore {
  const audit = auditInsert(db)
  const inbox = inboxInsert(db)
  const checkin = checkinInsert(db)
  const writeAll = db.transaction((r: Parameters<SideRecordStore['write']>[0]) => {
    r.audit.forEach(audit)
    r.inbox.forEach(inbox)
    r.checkins.forEach(checkin)
  })
  return {
    async write(records) {
      writeAll(records)
    },
  }
}
