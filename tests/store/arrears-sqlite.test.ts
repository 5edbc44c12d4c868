/**
 * The arrears store contract on SQLite, then what only SQLite shows: the board reads its covering index alone (no
 * table look-up, no sort), an enterprise's history walks its index, and a report's id is the schema's primary key.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { migrate, openSqliteStore } from '../../cloudfunctions/_lib/store/sqlite'
import { ARREARS_SQL } from '../../cloudfunctions/_lib/store/sqlite/arrears'
import { DIRECTORY_SQL } from '../../cloudfunctions/_lib/store/sqlite/directory'
import { report, runArrearsStoreContract } from './arrears-contract'

runArrearsStoreContract('Arrears store: SQLite (temp file)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'union-arrears-'))
  return { store: openSqliteStore(join(dir, 'store.db')), cleanup: async () => rmSync(dir, { recursive: true, force: true }) }
}, { big: true })

describe('Arrears store: SQLite specifics', () => {
  const db = new Database(':memory:')
  migrate(db)
  afterAll(() => db.close())
  const plan = (sql: string) =>
    (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...Array(sql.split('?').length - 1).fill('x')) as Array<{ detail: string }>).map((r) => r.detail).join(' | ')

  test("When the board and an enterprise's history are planned, then each seeks its index (the board: covering) without a sort", () => {
    expect(plan(ARREARS_SQL.board)).toMatch(/^SEARCH arrears_reports USING COVERING INDEX arrears_reports_board \(town_id=\? AND month=\?\)$/)
    expect(plan(ARREARS_SQL.byEnterprise)).toMatch(/^SEARCH arrears_reports USING INDEX arrears_reports_enterprise \(enterprise_id=\?\)$/)
    expect(plan(DIRECTORY_SQL.townEnterprises)).toMatch(/^SEARCH enterprises USING INDEX enterprises_town_id \(town_id=\?\)$/)
    for (const sql of [ARREARS_SQL.board, ARREARS_SQL.byEnterprise, DIRECTORY_SQL.townEnterprises]) expect(plan(sql)).not.toMatch(/TEMP B-TREE|SCAN/)
  })

  test("When the radar's reads are planned, then the filers read the board's covering index and the names the town's index", () => {
    expect(plan(ARREARS_SQL.filers)).toMatch(/^SEARCH arrears_reports USING COVERING INDEX arrears_reports_board \(town_id=\? AND month=\?\)$/)
    expect(plan(DIRECTORY_SQL.townEnterpriseNames)).toMatch(/^SEARCH enterprises USING INDEX enterprises_town_id \(town_id=\?\)$/)
  })

  test('When an enterprise id holds the separator, then the filers still come back whole (read from the board rows)', async () => {
    const store = openSqliteStore(':memory:')
    const town = 'town-odd'
    const odd = 'e\u001eodd'
    await store.arrears.saveReport(report({ townId: town, enterpriseId: odd, arrears: { workers: 2, amount: 10, since: '2026-01', cause: 'x' } }))
    await store.arrears.saveReport(report({ townId: town, enterpriseId: 'e-plain' }))
    expect(await store.arrears.listTownMonthFilers(town, '2026-02')).toEqual({ filed: [odd, 'e-plain'], arrears: [odd] })
    await store.close()
  })
})
