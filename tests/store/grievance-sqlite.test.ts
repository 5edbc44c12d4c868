/**
 * The grievance store contract on SQLite, then what only SQLite shows: every grievance list query
 * plans as an index search (no table scan, no sort), and create is one transaction.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { openSqliteStore, migrate } from '../../cloudfunctions/_lib/store/sqlite'
import { MIGRATIONS } from '../../cloudfunctions/_lib/store/sqlite/migrations'
import { fromCase } from '../../cloudfunctions/_lib/store/sqlite/grievance-rows'
import * as make from '../support/factories'
import { GRIEVANCE_SQL, queueSql } from '../../cloudfunctions/_lib/store/sqlite/grievances'
import { PARTICIPANT_SQL } from '../../cloudfunctions/_lib/store/sqlite/grievance-participants'
import { INBOX_SQL } from '../../cloudfunctions/_lib/store/sqlite/inbox'
import { CHECKIN_SQL } from '../../cloudfunctions/_lib/store/sqlite/checkins'
import type { QueueFilter } from '../../cloudfunctions/_lib/store/port'
import { runGrievanceStoreContract } from './grievance-contract'

runGrievanceStoreContract('Grievance store: SQLite (temp file)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'union-grievance-'))
  return { store: openSqliteStore(join(dir, 'store.db')), cleanup: async () => rmSync(dir, { recursive: true, force: true }) }
})

describe('Grievance store: SQLite specifics', () => {
  const db = new Database(':memory:')
  migrate(db)
  afterAll(() => db.close())

  /** The plan of a statement, with every parameter (positional or @named) bound to 'x'. */
  function plan(sql: string): string {
    const named = [...new Set(sql.match(/@\w+/g) ?? [])]
    const params = named.length > 0 ? [Object.fromEntries(named.map((n) => [n.slice(1), 'x']))] : Array(sql.split('?').length - 1).fill('x')
    return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>).map((r) => r.detail).join(' | ')
  }

  test('When each queue filter shape is planned, then it seeks its index on (org[, status], accept_by, id) without sorting', () => {
    const cases: Array<[QueueFilter, RegExp]> = [
      [{}, /^SEARCH grievances USING INDEX grievances_queue \(assigned_org_id=\? AND \(accept_by,id\)>\(\?,\?\)\)$/],
      [{ status: 'pending' }, /^SEARCH grievances USING INDEX grievances_queue_status \(assigned_org_id=\? AND status=\? AND \(accept_by,id\)>\(\?,\?\)\)$/],
      [{ overdue: true }, /^SEARCH grievances USING INDEX grievances_queue_overdue \(assigned_org_id=\? AND \(accept_by,id\)>\(\?,\?\)\)$/],
      [{ supervised: true }, /^SEARCH grievances USING INDEX grievances_queue_supervised \(assigned_org_id=\? AND \(accept_by,id\)>\(\?,\?\)\)$/],
      [{ status: 'accepted', overdue: true, supervised: true }, /^SEARCH grievances USING INDEX grievances_queue_overdue /],
      [{ status: 'accepted', overdue: false, supervised: false }, /^SEARCH grievances USING INDEX grievances_queue_status /],
      [{ overdue: false }, /^SEARCH grievances USING INDEX grievances_queue /],
    ]
    for (const [filter, expected] of cases) expect({ filter, plan: plan(queueSql(filter)) }).toEqual({ filter, plan: expect.stringMatching(expected) })
  })

  test('When the other list queries are planned, then each seeks an index (sweeps: the partial ones) and none scans or sorts', () => {
    expect(plan(GRIEVANCE_SQL.supervisedFor)).toMatch(/SEARCH grievances USING INDEX grievances_supervisor \(supervisor_org_id=\? AND \(accept_by,id\)>\(\?,\?\)\)/)
    expect(plan(GRIEVANCE_SQL.escalateDue)).toMatch(/SEARCH grievances USING INDEX grievances_escalate_due \(\(escalate_at,id\)>\(\?,\?\) AND escalate_at<\?\)/)
    expect(plan(GRIEVANCE_SQL.superviseDue)).toMatch(/SEARCH grievances USING INDEX grievances_supervise_due \(\(supervise_at,id\)>\(\?,\?\) AND supervise_at<\?\)/)
    expect(plan(GRIEVANCE_SQL.openAt)).toMatch(/SEARCH grievances USING INDEX grievances_open_at \(enterprise_id=\? AND category=\?\)/)
    expect(plan(GRIEVANCE_SQL.forStats)).toMatch(/SEARCH grievances USING INDEX grievances_created \(\(created_at,id\)>\(\?,\?\) AND created_at<\?\)/)
    expect(plan(PARTICIPANT_SQL.byCase)).toMatch(/SEARCH grievance_participants USING INDEX grievance_participants_case_joined \(case_id=\?\)/)
    expect(plan(PARTICIPANT_SQL.byReporterAfter)).toMatch(/SEARCH grievance_participants USING INDEX grievance_participants_reporter \(reporter_key=\? AND case_id<\?\)/)
    expect(plan(PARTICIPANT_SQL.messages)).toMatch(/SEARCH grievance_messages USING INDEX grievance_messages_case \(case_id=\? AND id>\?\)/)
    expect(plan(INBOX_SQL.after)).toMatch(/SEARCH inbox USING INDEX inbox_recipient \(recipient_key=\? AND id<\?\)/)
    // A merged inbox: one index search per key, merged in id order.
    expect(plan(INBOX_SQL.mergedAfter)).toMatch(/^MERGE \(UNION ALL\)/)
    expect(plan(INBOX_SQL.mergedAfter).match(/SEARCH inbox USING INDEX inbox_recipient \(recipient_key=\? AND id<\?\)/g)).toHaveLength(3)
    expect(plan(CHECKIN_SQL.due)).toMatch(/SEARCH checkins USING INDEX checkins_due \(\(due_at,id\)>\(\?,\?\) AND due_at<\?\)/)
    const all = [
      ...[{}, { status: 'pending' }, { overdue: true }, { supervised: true }].map((f) => queueSql(f as QueueFilter)),
      GRIEVANCE_SQL.supervisedFor, GRIEVANCE_SQL.escalateDue, GRIEVANCE_SQL.superviseDue, GRIEVANCE_SQL.openAt, GRIEVANCE_SQL.forStats,
      ...Object.values(PARTICIPANT_SQL), ...Object.values(INBOX_SQL), ...Object.values(CHECKIN_SQL),
    ]
    for (const sql of all) expect(plan(sql)).not.toMatch(/SCAN|TEMP B-TREE/)
  })

  test('When the misses are planned, then the window walks their index once per case (no sort, no DISTINCT tree) and reads cases by id', () => {
    // `SCAN m` reads the subquery's page (at most `limit` rows) in the order it was produced.
    expect(plan(GRIEVANCE_SQL.missedFrom)).toBe(
      'CO-ROUTINE m | SEARCH grievance_misses USING COVERING INDEX grievance_misses_created ((created_at,case_id)>(?,?) AND created_at<?) | SCAN m | SEARCH g USING INDEX sqlite_autoindex_grievances_1 (id=?)',
    )
  })

  test('When the misses migration runs on existing cases, then it backfills their missed paths from the history, in order', () => {
    // Found by name: migrations appended after it must not shift what this test runs.
    const misses = MIGRATIONS.findIndex((m) => m.name.startsWith('grievance misses'))
    const old = new Database(':memory:')
    migrate(old, MIGRATIONS.slice(0, misses))
    old.prepare("INSERT INTO orgs (id, name, type, path) VALUES ('sx', '苏溪镇总工会', 'town_federation', '/yw/sx/'), ('sx-a1', '片区', 'area_committee', '/yw/sx/sx-a1/')").run()
    const ev = (type: 'submitted' | 'escalated' | 'transferred', fromOrgId: string | null, toOrgId: string) => ({ at: '2026-03-10T10:00:00+08:00', type, fromOrgId, toOrgId, reason: null })
    const climbed = make.grievanceCase({
      assignedPath: '/yw/sx/',
      history: [ev('submitted', null, 'eu-gone'), ev('escalated', 'eu-gone', 'sx-a1'), ev('transferred', 'sx-a1', 'sx-a1'), ev('escalated', 'sx-a1', 'sx'), ev('escalated', 'sx-a1', 'sx')],
    })
    const quiet = make.grievanceCase({ assignedPath: '/yw/sx/' })
    for (const c of [climbed, quiet]) {
      const { missed_paths: _, early_warning: _added013, ...row } = fromCase(c) // columns of later migrations
      old.prepare(`INSERT INTO grievances (${Object.keys(row).join(', ')}) VALUES (${Object.keys(row).map((k) => `@${k}`).join(', ')})`).run(row)
    }
    migrate(old, MIGRATIONS.slice(0, misses + 1))
    const missed = (id: string) => JSON.parse((old.prepare('SELECT missed_paths FROM grievances WHERE id = ?').get(id) as { missed_paths: string }).missed_paths)
    // An org gone from the directory is put at the case's root.
    expect(missed(climbed.id)).toEqual(['/yw/', '/yw/sx/sx-a1/', '/yw/sx/sx-a1/'])
    expect(missed(quiet.id)).toEqual([])
    expect(old.prepare('SELECT hop, org_path, created_at FROM grievance_misses WHERE case_id = ? ORDER BY hop').all(climbed.id)).toEqual(
      ['/yw/', '/yw/sx/sx-a1/', '/yw/sx/sx-a1/'].map((org_path, hop) => ({ hop, org_path, created_at: climbed.createdAt })),
    )
    old.close()
  })
})
