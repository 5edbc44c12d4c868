/**
 * The mutual aid store contract on SQLite, then what only SQLite shows: every list plans as a search of its index
 * (the queues and the sweep: their partial indexes), the two point reads the claim path makes are primary-key or
 * unique-index look-ups, and uniqueness is the schema's (a second requestKey or invoice hash is refused by it).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { migrate, openSqliteStore } from '../../cloudfunctions/_lib/store/sqlite'
import { claimRow, MUTUAL_AID_SQL as S } from '../../cloudfunctions/_lib/store/sqlite/mutual-aid-rows'
import * as make from '../support/factories'
import * as aid from '../support/mutual-aid-factories'
import { runMutualAidStoreContract } from './mutual-aid-contract'

runMutualAidStoreContract('Mutual aid store: SQLite (temp file)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'union-mutual-aid-'))
  return { store: openSqliteStore(join(dir, 'store.db')), cleanup: async () => rmSync(dir, { recursive: true, force: true }) }
})

describe('Mutual aid store: SQLite specifics', () => {
  const db = new Database(':memory:')
  migrate(db)
  afterAll(() => db.close())

  /** The plan of a statement, with every parameter (positional or @named) bound to 'x'. */
  function plan(sql: string): string {
    const named = [...new Set(sql.match(/@\w+/g) ?? [])]
    const params = named.length > 0 ? [Object.fromEntries(named.map((n) => [n.slice(1), 'x']))] : Array(sql.split('?').length - 1).fill('x')
    return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((r) => r.detail).join(' | ')
  }

  test('When the lists are planned, then each seeks its index (the queues and the sweep: the partial ones) without a scan or a sort', () => {
    const C = 'SEARCH mutual_aid_claims USING INDEX'
    const expected: Array<[string, RegExp]> = [
      [S.plans, /^SEARCH mutual_aid_plans USING INDEX mutual_aid_plans_year \(\(year,id\)<\(\?,\?\)\)$/],
      [S.enrolmentsByHolder, /^SEARCH mutual_aid_enrolments USING INDEX mutual_aid_enrolments_holder \(holder_key=\?\)$/],
      [S.enrolmentsOfOrg, /^SEARCH mutual_aid_enrolments USING INDEX mutual_aid_enrolments_org \(org_id=\? AND plan_id=\? AND \(member_no,id\)>\(\?,\?\)\)$/],
      [S.queue.review, new RegExp(`^${C} mutual_aid_claims_review \\(review_org_id=\\? AND \\(queue_key,id\\)>\\(\\?,\\?\\)\\)$`)],
      [S.queue.approve, new RegExp(`^${C} mutual_aid_claims_approve \\(approve_org_id=\\? AND \\(queue_key,id\\)>\\(\\?,\\?\\)\\)$`)],
      [S.queue.pay, new RegExp(`^${C} mutual_aid_claims_pay \\(approve_org_id=\\? AND \\(queue_key,id\\)>\\(\\?,\\?\\)\\)$`)],
      [S.claimsByHolder, new RegExp(`^${C} mutual_aid_claims_holder \\(holder_key=\\? AND \\(created_at,id\\)<\\(\\?,\\?\\)\\)$`)],
      [S.claimsDue, new RegExp(`^${C} mutual_aid_claims_due \\(\\(escalate_at,id\\)>\\(\\?,\\?\\) AND escalate_at<\\?\\)$`)],
      [S.claimsForStats, new RegExp(`^${C} mutual_aid_claims_stats \\(plan_id=\\? AND \\(created_at,id\\)>\\(\\?,\\?\\)\\)$`)],
    ]
    for (const [sql, pattern] of expected) {
      const p = plan(sql)
      expect(p).toMatch(pattern)
      expect(p).not.toMatch(/TEMP B-TREE|SCAN/)
    }
  })

  test('When the claim path reads an invoice key, a request key or an enrolment, then each is one key look-up', () => {
    expect(plan(S.invoiceUsed)).toMatch(/^SEARCH mutual_aid_invoices USING PRIMARY KEY \(hash=\?\)$/)
    expect(plan(S.claimIdByRequestKey)).toMatch(/^SEARCH mutual_aid_claims USING INDEX sqlite_autoindex_mutual_aid_claims_2 \(request_key=\?\)$/)
    expect(plan(S.enrolmentById)).toMatch(/^SEARCH mutual_aid_enrolments USING INDEX sqlite_autoindex_mutual_aid_enrolments_1 \(id=\?\)$/)
  })

  test('When rows are written around the store, then the schema itself refuses a second requestKey or invoice hash', () => {
    const insert = db.prepare(S.insertClaim)
    const c = aid.claim()
    expect(insert.run(claimRow(c)).changes).toBe(1)
    expect(insert.run(claimRow(aid.claim({ requestKey: c.requestKey }))).changes).toBe(0)
    expect(insert.run(claimRow(aid.claim())).changes).toBe(1)
    const key = db.prepare(S.insertInvoice)
    const hash = make.uid('inv')
    expect(key.run(hash, c.id).changes).toBe(1)
    expect(key.run(hash, make.uid('claim')).changes).toBe(0)
  })
})
