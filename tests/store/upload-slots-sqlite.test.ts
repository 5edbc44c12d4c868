/** The upload-slot store contract on SQLite, then what only SQLite shows: the sweep's list seeks its partial index. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { migrate, openSqliteStore } from '../../cloudfunctions/_lib/store/sqlite'
import { UPLOAD_SLOT_SQL } from '../../cloudfunctions/_lib/store/sqlite/upload-slots'
import { runUploadSlotContract } from './upload-slots-contract'

runUploadSlotContract('Upload slots: SQLite (temp file)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'union-slots-'))
  return { store: openSqliteStore(join(dir, 'store.db')), cleanup: async () => rmSync(dir, { recursive: true, force: true }) }
})

describe('Upload slots: SQLite specifics', () => {
  test('When the abandoned list is planned, then it seeks the index of unfinished slots without sorting', () => {
    const db = new Database(':memory:')
    migrate(db)
    const sql = UPLOAD_SLOT_SQL.abandoned
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...Array(sql.split('?').length - 1).fill('x')) as Array<{ detail: string }>)
      .map((r) => r.detail).join(' | ')
    db.close()
    expect(plan).toMatch(/^SEARCH upload_slots USING INDEX upload_slots_open \(\(issued_at,id\)>\(\?,\?\) AND issued_at<\?\)$/)
  })
})
