/**
 * The failure-injection contract on SQLite: a trigger raises inside the store call's own statement, so the call's
 * transaction rolls back from within. The triggers are made on the store's own connection (a second connection in
 * the same jest process did not always see the store's file as it was, once another store test file had run first).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import { openSqlite } from '../../cloudfunctions/_lib/store/sqlite'
import { runAtomicityContract, type Faults } from './atomicity-contract'

const OPS = ['INSERT', 'UPDATE', 'DELETE']

function faultsOf(admin: Database.Database): Faults {
  admin.exec('CREATE TABLE IF NOT EXISTS fault (tbl TEXT PRIMARY KEY)')
  const tables = admin.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'fault' AND sql NOT LIKE 'CREATE VIRTUAL%'").all()
  for (const { name } of tables) {
    for (const op of OPS) {
      try {
        admin.exec(`CREATE TRIGGER IF NOT EXISTS "fault_${op.toLowerCase()}_${name}" BEFORE ${op} ON "${name}"
          WHEN EXISTS (SELECT 1 FROM fault WHERE tbl = '${name}') BEGIN SELECT RAISE(ABORT, 'injected fault'); END`)
      } catch {
        // full-text index shadow tables take no triggers; no store call writes them directly
      }
    }
  }
  return {
    breakAt(table) {
      admin.prepare('INSERT OR IGNORE INTO fault (tbl) VALUES (?)').run(table)
    },
    heal() {
      admin.exec('DELETE FROM fault')
    },
  }
}

runAtomicityContract('Atomic writes: SQLite (temp file)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'union-atomic-'))
  const path = join(dir, 'store.db')
  const { store, db } = openSqlite(path)
  return {
    store,
    faults: faultsOf(db),
    participantsAt: 'grievance_participants',
    messagesAt: 'grievance_messages',
    cleanup: async () => {
      rmSync(dir, { recursive: true, force: true })
    },
  }
})
