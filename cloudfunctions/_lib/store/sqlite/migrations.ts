/**
 * Schema migrations, applied in order and tracked with `PRAGMA user_version` (= number applied).
 * To change the schema, APPEND a migration (a new numbered file in migrations/, added at the end of MIGRATIONS);
 * never edit or reorder one that has shipped.
 */
import type Database from 'better-sqlite3'
import type { Migration } from './migrations/migration'
import m1 from './migrations/001-directory'
import m2 from './migrations/002-grievances'
import m3 from './migrations/003-message-sender-key'
import m4 from './migrations/004-membership'
import m5 from './migrations/005-subscribe-messages'
import m6 from './migrations/006-grievance-misses'
import m7 from './migrations/007-membership-identity-conflicts'
import m8 from './migrations/008-quota-and-reply-requests'
import m9 from './migrations/009-upload-slots'
import m10 from './migrations/010-desktop-sign-in'
import m11 from './migrations/011-legal'
import m12 from './migrations/012-mutual-aid'
import m13 from './migrations/013-arrears'
import m14 from './migrations/014-organising'
import m15 from './migrations/015-radar'
import m16 from './migrations/016-dashboard'
import m17 from './migrations/017-marks'
import m18 from './migrations/018-radar-counts'
import m19 from './migrations/019-quota-period'

export type { Migration }

export const MIGRATIONS: readonly Migration[] = [m1, m2, m3, m4, m5, m6, m7, m8, m9, m10, m11, m12, m13, m14, m15, m16, m17, m18, m19]

/** Applies every migration not yet applied, each in its own transaction. Safe to call on every open. */
export function migrate(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const applied = db.pragma('user_version', { simple: true }) as number
  if (applied > migrations.length) {
    throw new Error(`database schema version ${applied} is newer than this code (${migrations.length})`)
  }
  for (let i = applied; i < migrations.length; i++) {
    const { up } = migrations[i]
    db.transaction(() => {
      if (typeof up === 'string') db.exec(up)
      else up(db)
      db.pragma(`user_version = ${i + 1}`)
    })()
  }
  return migrations.length
}
