/**
 * The radar's grievance pass on SQLite (migration 018, grievance-counts.ts): counters per (town, enterprise, category,
 * flags) kept by triggers, read instead of walking the cases. The counters must always equal the full pass (SQLite
 * grouping the window's cases, CASE_COUNT_SQL.grouped): after inserts, joins that make a case collective, updates
 * that move it (category, privacy, enterprise, town, creation time), deletes, a window that moves on, one that starts
 * earlier and another collective threshold. Then the concatenated read, the migration's backfill of a town that had a
 * snapshot, and a snapshot row stored before rows were packed.
 */
import Database from 'better-sqlite3'
import { GRIEVANCE_CATEGORIES } from '../../types/grievance-labels'
import { MIGRATIONS, migrate, openSqlite } from '../../cloudfunctions/_lib/store/sqlite'
import { CASE_COUNT_SQL, groupOf, parseCounters } from '../../cloudfunctions/_lib/store/sqlite/grievance-counts'
import { fromCase } from '../../cloudfunctions/_lib/store/sqlite/grievance-rows'
import { GRIEVANCE_SQL } from '../../cloudfunctions/_lib/store/sqlite/grievances'
import type { GrievanceCase } from '../../cloudfunctions/_lib/store/port'
import * as make from '../support/factories'
import { groupsOf } from './radar-groups'

type Group = { enterpriseId: string; category: string; collective: boolean; protected: boolean; cases: number }
const key = (g: Group) => `${g.enterpriseId}/${g.category}/${g.collective}/${g.protected}`
const sorted = (groups: Group[]) => [...groups].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))
const RS = '\u001e'
const US = '\u001f'

/** The full pass: SQLite grouping every case of the town's window (what the counters stand for). */
function fullPass(db: Database.Database, townId: string, since: string, collectiveFrom: number): Group[] {
  const rows = db.prepare(CASE_COUNT_SQL.grouped).all({ town: townId, since, from: collectiveFrom }) as Array<{ enterpriseId: string; category: string; flags: number; cases: number }>
  return sorted(rows.map((r) => groupOf(r.enterpriseId, r.category, r.flags, r.cases)))
}

/** A small deterministic generator (the test must fail the same way every time). */
function rng(seed: number) {
  let s = seed
  const next = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
  return { next, pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)], int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)) }
}

describe('Radar pass: reading the concatenated counters', () => {
  test('When the town has no counter, then there is no group', () => {
    expect(parseCounters({ n: 0, text: null })).toEqual([])
  })

  test('When counters are concatenated, then they are tallied per enterprise, in their order', () => {
    const text = [`e1${US}safety3:2`, `e1${US}wage_arrears0:1`, `e2${US}other2:12`].join(RS)
    expect(parseCounters({ n: 3, text })).toEqual([
      { enterpriseId: 'e1', cases: {
        safety: { named: { cases: 0, collective: 0 }, protected: { cases: 2, collective: 2 } },
        wage_arrears: { named: { cases: 1, collective: 0 }, protected: { cases: 0, collective: 0 } },
      } },
      { enterpriseId: 'e2', cases: { other: { named: { cases: 0, collective: 0 }, protected: { cases: 12, collective: 0 } } } },
    ])
    expect(groupsOf(parseCounters({ n: 3, text }) ?? [])).toEqual([
      { enterpriseId: 'e1', category: 'safety', collective: true, protected: true, cases: 2 },
      { enterpriseId: 'e1', category: 'wage_arrears', collective: false, protected: false, cases: 1 },
      { enterpriseId: 'e2', category: 'other', collective: false, protected: true, cases: 12 },
    ])
  })

  test('When an id holds a separator, then the text does not parse (null) and the caller reads row by row', () => {
    expect(parseCounters({ n: 2, text: [`e${RS}1${US}safety0:1`, `e2${US}other0:1`].join(RS) })).toBeNull()
    expect(parseCounters({ n: 1, text: `e${US}1${US}safety0:1` })).toBeNull()
    expect(parseCounters({ n: 2, text: `e1${US}safety0:1` })).toBeNull()
  })
})

describe('Radar pass: SQLite counters against the full pass', () => {
  const since = '2026-01-01T00:00:00+08:00'

  test('When cases are written, joined, moved and deleted and the window moves, then the counters always equal the full pass', async () => {
    const { store, db } = openSqlite(':memory:')
    const r = rng(18)
    const towns = ['t-a', 't-b']
    const enterprises = ['ent-1', 'ent-2', 'ent-3', 'ent-4', 'ent-5']
    const day = (d: number) => new Date(Date.parse('2025-12-20T00:00:00+08:00') + d * 86_400_000 + r.int(0, 86_399) * 1000)
    const iso = (d: Date) => `${new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`
    const randomCase = (over: Partial<GrievanceCase> = {}) => make.grievanceCase({
      townId: r.pick(towns), enterpriseId: r.next() < 0.1 ? null : r.pick(enterprises), category: r.pick(GRIEVANCE_CATEGORIES),
      createdAt: iso(day(r.int(0, 80))), affectedCount: r.next() < 0.25 ? r.int(2, 9) : 1,
      strictPrivacy: r.pick(['named', 'named', 'anonymous', 'employer_blind'] as const), ...over,
    })
    const check = async (townId: string, s: string, from = 2) => {
      const counted = sorted(groupsOf(await store.grievances.countsByEnterprise({ townId, since: s, collectiveFrom: from })))
      expect(counted).toEqual(fullPass(db, townId, s, from))
      return counted
    }

    const cases: GrievanceCase[] = []
    for (let i = 0; i < 120; i++) {
      const c = randomCase()
      expect(await store.grievances.create(c, make.participant({ caseId: c.id }))).toBe(true)
      cases.push(c)
    }
    // The first pass builds town A's counters; town B keeps none until it is asked for.
    expect((await check('t-a', since)).length).toBeGreaterThan(5)
    expect(db.prepare("SELECT count(*) AS n FROM radar_case_counts WHERE town_id = 't-b'").get()).toEqual({ n: 0 })
    await check('t-b', since)

    // Writes after the build: the triggers count them.
    for (let i = 0; i < 40; i++) {
      const c = randomCase()
      expect(await store.grievances.create(c, make.participant({ caseId: c.id }))).toBe(true)
      cases.push(c)
    }
    // A case created before the window is not counted.
    const early = randomCase({ townId: 't-a', enterpriseId: 'ent-1', createdAt: '2025-12-01T09:00:00+08:00' })
    expect(await store.grievances.create(early, make.participant({ caseId: early.id }))).toBe(true)
    cases.push(early)
    await check('t-a', since)
    await check('t-b', since)

    // Joins: the second participant makes a case collective (participant_count ≥ 2).
    for (const c of cases.filter((x) => x.affectedCount === 1 && x.enterpriseId !== null).slice(0, 8)) {
      const joiner = make.participant({ caseId: c.id, role: 'joiner', affectedCount: 1 })
      const joined = { ...c, participantCount: c.participantCount + 1, affectedCount: c.affectedCount + 1, version: c.version + 1 }
      expect(await store.grievances.join(joined, joiner)).toBe('joined')
      cases[cases.indexOf(c)] = joined
    }
    // Updates that move a case to another counter (or in or out of the window, or to another town).
    const moves: Array<(c: GrievanceCase) => Partial<GrievanceCase>> = [
      () => ({ category: r.pick(GRIEVANCE_CATEGORIES) }),
      () => ({ strictPrivacy: r.pick(['named', 'anonymous'] as const) }),
      () => ({ enterpriseId: r.pick([...enterprises, null]) }),
      (c) => ({ townId: c.townId === 't-a' ? 't-b' : 't-a' }),
      () => ({ createdAt: iso(day(r.int(-30, 80))) }),
      () => ({ affectedCount: r.int(1, 4) }),
      () => ({ status: 'accepted' as const }), // no radar column: no counter moves
    ]
    for (let i = 0; i < 60; i++) {
      const at = r.int(0, cases.length - 1)
      const c = cases[at]
      const next = { ...c, ...r.pick(moves)(c), version: c.version + 1 }
      expect(await store.grievances.update(next)).toBe(true)
      cases[at] = next
    }
    await check('t-a', since)
    await check('t-b', since)

    // Deletes (no port method deletes a case; the trigger still keeps the counters right).
    for (const c of cases.slice(0, 10)) db.prepare('DELETE FROM grievances WHERE id = ?').run(c.id)
    await check('t-a', since)
    await check('t-b', since)

    // The window moves on (cases leave it), moves on again, starts earlier (rebuilt), and the threshold changes.
    await check('t-a', '2026-01-20T12:00:00+08:00')
    await check('t-a', '2026-02-05T08:30:00+08:00')
    const c = randomCase({ townId: 't-a', enterpriseId: 'ent-2', createdAt: '2026-03-01T09:00:00+08:00' })
    expect(await store.grievances.create(c, make.participant({ caseId: c.id }))).toBe(true)
    await check('t-a', '2026-02-05T08:30:00+08:00')
    await check('t-a', since)
    await check('t-a', since, 3)
    await check('t-a', '2026-02-10T00:00:00+08:00', 3)
    expect(db.prepare("SELECT since, collective_from AS collectiveFrom FROM radar_case_windows WHERE town_id = 't-a'").get())
      .toEqual({ since: '2026-02-10T00:00:00+08:00', collectiveFrom: 3 })
    // Counters the move emptied are dropped, not kept at 0 (a town's counters stay as many as its signals).
    expect(db.prepare("SELECT count(*) AS n FROM radar_case_counts WHERE town_id = 't-a' AND cases <= 0").get()).toEqual({ n: 0 })
    await store.close()
  })

  test('When an enterprise id holds a separator, then the pass still counts every case (read row by row)', async () => {
    const { store, db } = openSqlite(':memory:')
    const townId = 'town-odd'
    const odd = `ent${RS}odd`
    const odder = `ent${US}odder`
    const cases = [
      make.grievanceCase({ townId, enterpriseId: odd, createdAt: '2026-02-01T09:00:00+08:00', category: 'safety' }),
      make.grievanceCase({ townId, enterpriseId: odd, createdAt: '2026-02-02T09:00:00+08:00', category: 'safety', affectedCount: 5 }),
      make.grievanceCase({ townId, enterpriseId: odder, createdAt: '2026-02-02T09:00:00+08:00', category: 'contract' }),
      make.grievanceCase({ townId, enterpriseId: 'ent-plain', createdAt: '2026-02-03T09:00:00+08:00', category: 'other', strictPrivacy: 'anonymous' }),
    ]
    for (const c of cases) expect(await store.grievances.create(c, make.participant({ caseId: c.id }))).toBe(true)
    const expected = sorted([
      { enterpriseId: odd, category: 'safety', collective: false, protected: false, cases: 1 },
      { enterpriseId: odd, category: 'safety', collective: true, protected: false, cases: 1 },
      { enterpriseId: odder, category: 'contract', collective: false, protected: false, cases: 1 },
      { enterpriseId: 'ent-plain', category: 'other', collective: false, protected: true, cases: 1 },
    ])
    expect(sorted(groupsOf(await store.grievances.countsByEnterprise({ townId, since, collectiveFrom: 2 })))).toEqual(expected)
    expect(fullPass(db, townId, since, 2)).toEqual(expected)
    await store.close()
  })

  test('When a database with radar snapshots is migrated, then their towns get counters for the snapshot\'s window', async () => {
    const db = new Database(':memory:')
    migrate(db, MIGRATIONS.slice(0, 17))
    const townId = 'town-backfill'
    const insert = db.prepare(GRIEVANCE_SQL.insert)
    const at = ['2025-12-09T23:00:00+08:00', '2025-12-10T10:00:00+08:00', '2026-01-15T09:00:00+08:00', '2026-03-09T09:00:00+08:00']
    for (const [i, createdAt] of at.entries()) {
      insert.run(fromCase(make.grievanceCase({ townId, enterpriseId: `ent-${i % 2}`, createdAt, category: 'safety', affectedCount: i === 3 ? 3 : 1 })))
    }
    db.prepare('INSERT INTO radar_towns (town_id, computed_at, rows) VALUES (?, ?, ?)').run(townId, '2026-03-10T10:00:00+08:00', '[]')
    migrate(db)
    // 90 days before the snapshot, in the same +08:00 form as the radar's own `since`.
    expect(db.prepare('SELECT since, collective_from AS collectiveFrom FROM radar_case_windows').all()).toEqual([{ since: '2025-12-10T10:00:00+08:00', collectiveFrom: 2 }])
    const counters = db.prepare('SELECT enterprise_id AS enterpriseId, category, flags, cases FROM radar_case_counts ORDER BY 1, 3').all()
    expect(counters).toEqual([
      { enterpriseId: 'ent-0', category: 'safety', flags: 0, cases: 1 },
      { enterpriseId: 'ent-1', category: 'safety', flags: 0, cases: 1 },
      { enterpriseId: 'ent-1', category: 'safety', flags: 1, cases: 1 },
    ])
    db.close()
  })
})

describe('Radar snapshot: SQLite storage', () => {
  test('When a snapshot was stored as objects (before rows were packed), then it is read as it was', async () => {
    const { store, db } = openSqlite(':memory:')
    const rows = [
      { enterpriseId: 'e1', name: '企业一', cases: { safety: { named: { cases: 2, collective: 1 }, protected: { cases: 0, collective: 0 } } }, arrearsReports: 1, overdueReports: 0, insured: null },
      { enterpriseId: 'e2', name: '企业二', cases: {}, arrearsReports: 0, overdueReports: 2, insured: { previous: 100, latest: 70 } },
    ]
    db.prepare('INSERT INTO radar_towns (town_id, computed_at, rows) VALUES (?, ?, ?)').run('t-old', '2026-03-10T10:00:00+08:00', JSON.stringify(rows))
    expect((await store.radar.getTown('t-old')).rows).toEqual(rows)
    // Written again, packed: the same rows come back.
    await store.radar.putSnapshot('t-old', '2026-03-10T11:00:00+08:00', rows)
    expect(await store.radar.getTown('t-old')).toEqual({ townId: 't-old', computedAt: '2026-03-10T11:00:00+08:00', rows, lastVisits: {}, alertedAt: {} })
    await store.close()
  })
})
