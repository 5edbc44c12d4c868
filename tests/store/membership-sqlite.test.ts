/**
 * The membership store contract on SQLite, then what only SQLite shows: every list and look-up plans as
 * an index search (no table scan, no sort), and uniqueness is the schema's own (partial unique indexes).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { migrate, openSqliteStore } from '../../cloudfunctions/_lib/store/sqlite'
import { APPLICATION_ROWS, MEMBER_ROWS } from '../../cloudfunctions/_lib/store/sqlite/membership-rows'
import { applicationQueueSql, MEMBERSHIP_SQL } from '../../cloudfunctions/_lib/store/sqlite/memberships'
import type { ApplicationQueueFilter } from '../../cloudfunctions/_lib/store/port'
import * as make from '../support/factories'
import { runMembershipStoreContract } from './membership-contract'

runMembershipStoreContract('Membership store: SQLite (temp file)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'union-membership-'))
  return { store: openSqliteStore(join(dir, 'store.db')), cleanup: async () => rmSync(dir, { recursive: true, force: true }) }
})

describe('Membership store: SQLite specifics', () => {
  const db = new Database(':memory:')
  migrate(db)
  afterAll(() => db.close())

  /** The plan of a statement, with every parameter (positional or @named) bound to 'x'. */
  function plan(sql: string): string {
    const named = [...new Set(sql.match(/@\w+/g) ?? [])]
    const params = named.length > 0 ? [Object.fromEntries(named.map((n) => [n.slice(1), 'x']))] : Array(sql.split('?').length - 1).fill('x')
    return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((r) => r.detail).join(' | ')
  }

  test('When each queue filter shape is planned, then it seeks its index on (org[, status], review_by, id) without sorting', () => {
    const T = 'SEARCH membership_applications USING INDEX'
    const cases: Array<[ApplicationQueueFilter, RegExp]> = [
      [{}, new RegExp(`^${T} membership_applications_queue \\(assigned_org_id=\\? AND \\(review_by,id\\)>\\(\\?,\\?\\)\\)$`)],
      [{ status: 'pending' }, new RegExp(`^${T} membership_applications_queue_status \\(assigned_org_id=\\? AND status=\\? AND \\(review_by,id\\)>\\(\\?,\\?\\)\\)$`)],
      [{ overdue: true }, new RegExp(`^${T} membership_applications_queue_overdue \\(assigned_org_id=\\? AND \\(review_by,id\\)>\\(\\?,\\?\\)\\)$`)],
      [{ status: 'rejected', overdue: true }, new RegExp(`^${T} membership_applications_queue_overdue `)],
      [{ status: 'rejected', overdue: false }, new RegExp(`^${T} membership_applications_queue_status `)],
      [{ overdue: false }, new RegExp(`^${T} membership_applications_queue `)],
    ]
    for (const [filter, expected] of cases) expect({ filter, plan: plan(applicationQueueSql(filter)) }).toEqual({ filter, plan: expect.stringMatching(expected) })
  })

  test('When the other lists and look-ups are planned, then each seeks an index (the sweep: the partial one) and none scans or sorts', () => {
    expect(plan(MEMBERSHIP_SQL.due)).toMatch(
      /^SEARCH membership_applications USING INDEX membership_applications_escalate_due \(\(escalate_at,id\)>\(\?,\?\) AND escalate_at<\?\)$/,
    )
    expect(plan(MEMBERSHIP_SQL.byApplicant)).toMatch(
      /^SEARCH membership_applications USING INDEX membership_applications_applicant \(applicant_key=\? AND id<\?\)$/,
    )
    expect(plan(MEMBERSHIP_SQL.currentByIdHash)).toMatch(/^SEARCH members USING INDEX members_current \(id_hash=\?\)$/)
    expect(plan(MEMBERSHIP_SQL.currentByHolder)).toMatch(/^SEARCH members USING INDEX members_holder \(holder_key=\?\)$/)
    expect(plan(MEMBERSHIP_SQL.latestByHolder)).toMatch(/^SEARCH members USING INDEX members_holder \(holder_key=\?\)$/)
    expect(plan(MEMBERSHIP_SQL.byOrg)).toMatch(/^SEARCH members USING INDEX members_org \(org_id=\? AND member_no>\?\)$/)
    expect(plan(MEMBERSHIP_SQL.pendingByIdHash)).toMatch(/^SEARCH membership_applications USING INDEX membership_applications_pending \(id_hash=\?\)$/)
    expect(plan(MEMBERSHIP_SQL.pendingByHolder)).toMatch(/^SEARCH membership_applications USING INDEX membership_applications_pending_holder \(holder_key=\?\)$/)
    const all = [
      ...[{}, { status: 'pending' }, { overdue: true }, { status: 'pending', overdue: false }].map((f) => applicationQueueSql(f as ApplicationQueueFilter)),
      MEMBERSHIP_SQL.due, MEMBERSHIP_SQL.byApplicant, MEMBERSHIP_SQL.currentByIdHash, MEMBERSHIP_SQL.currentByHolder,
      MEMBERSHIP_SQL.latestByHolder, MEMBERSHIP_SQL.byOrg, MEMBERSHIP_SQL.pendingByIdHash, MEMBERSHIP_SQL.pendingByHolder,
    ]
    for (const sql of all) expect(plan(sql)).not.toMatch(/SCAN|TEMP B-TREE/)
  })

  test('When rows are written around the store, then the schema itself refuses a second pending application or current member', () => {
    const insertApp = db.prepare(MEMBERSHIP_SQL.insertApplication)
    const first = make.application()
    expect(insertApp.run(APPLICATION_ROWS.fromRecord(first)).changes).toBe(1)
    expect(insertApp.run(APPLICATION_ROWS.fromRecord(make.application({ idHash: first.idHash }))).changes).toBe(0)
    // Updating a decided one back to pending next to a pending one breaks the partial unique index.
    const decided = make.application({ idHash: first.idHash, status: 'rejected' })
    expect(insertApp.run(APPLICATION_ROWS.fromRecord(decided)).changes).toBe(1)
    const update = db.prepare(MEMBERSHIP_SQL.updateApplication)
    expect(() => update.run({ ...APPLICATION_ROWS.fromRecord({ ...decided, status: 'pending', version: 2 }), expected: 1 })).toThrow(/UNIQUE/)

    // A flagged application shares the idHash, but not the account: one pending application per holder_key.
    expect(insertApp.run(APPLICATION_ROWS.fromRecord(make.application({ idHash: first.idHash, identityConflict: true }))).changes).toBe(1)
    expect(insertApp.run(APPLICATION_ROWS.fromRecord(make.application({ holderKey: first.holderKey, identityConflict: true }))).changes).toBe(0)

    const insertMember = db.prepare(MEMBERSHIP_SQL.insertMember)
    const m = make.member()
    expect(insertMember.run(MEMBER_ROWS.fromRecord(m)).changes).toBe(1)
    expect(insertMember.run(MEMBER_ROWS.fromRecord(make.member({ idHash: m.idHash, status: 'suspended' }))).changes).toBe(0)
    expect(insertMember.run(MEMBER_ROWS.fromRecord(make.member({ idHash: m.idHash, status: 'left' }))).changes).toBe(1)
  })

  test('When applications and members are stored, then nested objects are JSON columns and booleans 0/1', () => {
    const insertApp = db.prepare(MEMBERSHIP_SQL.insertApplication)
    const a = make.application({ employerBlind: true })
    insertApp.run(APPLICATION_ROWS.fromRecord(a))
    const row = db.prepare('SELECT consents, history, employer_blind, no_fixed_employer FROM membership_applications WHERE id = ?').get(a.id)
    expect(row).toEqual({ consents: JSON.stringify(a.consents), history: JSON.stringify(a.history), employer_blind: 1, no_fixed_employer: 0 })
    const m = make.member()
    db.prepare(MEMBERSHIP_SQL.insertMember).run(MEMBER_ROWS.fromRecord(m))
    expect(db.prepare('SELECT workplace FROM members WHERE id = ?').get(m.id)).toEqual({ workplace: JSON.stringify(m.workplace) })
  })

  test('When the sequence is advanced, then one UPDATE … RETURNING hands out 1, 2, 3 on a fresh database', async () => {
    const store = openSqliteStore(':memory:')
    expect([await store.memberships.nextMemberSeq(), await store.memberships.nextMemberSeq(), await store.memberships.nextMemberSeq()]).toEqual([1, 2, 3])
    await store.close()
  })
})
