/** The notify store contract on SQLite, then what only SQLite shows: both list queries seek their index. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { migrate, openSqliteStore } from '../../cloudfunctions/_lib/store/sqlite'
import { NOTIFY_SQL } from '../../cloudfunctions/_lib/store/sqlite/notify'
import { runNotifyStoreContract } from './notify-contract'

runNotifyStoreContract('Notify store: SQLite (temp file)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'union-notify-'))
  return { store: openSqliteStore(join(dir, 'store.db')), cleanup: async () => rmSync(dir, { recursive: true, force: true }) }
})

describe('Notify store: SQLite specifics', () => {
  const db = new Database(':memory:')
  migrate(db)
  afterAll(() => db.close())
  const plan = (sql: string) =>
    (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...Array(sql.split('?').length - 1).fill('x')) as Array<{ detail: string }>).map((r) => r.detail).join(' | ')

  test('When the list queries are planned, then each seeks its index (the outbox: the partial one) without sorting', () => {
    expect(plan(NOTIFY_SQL.byRecipient)).toMatch(/^SEARCH subscriptions USING INDEX subscriptions_recipient \(recipient_key=\?\)$/)
    expect(plan(NOTIFY_SQL.due)).toMatch(/^SEARCH outbox USING INDEX outbox_due \(\(next_at,id\)>\(\?,\?\) AND next_at<\?\)$/)
  })
})
