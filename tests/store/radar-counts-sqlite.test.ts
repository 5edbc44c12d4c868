/**
 * The radar's grievance pass on SQLite (grievance-counts.ts): SQLite hands back the window's cases as aligned strings
 * and JS counts them: one group per (enterprise, category, flags), an empty window is no group, and an id holding the
 * separator (the strings no longer align) falls back to SQLite's grouping with the same result. Then the snapshot
 * row: a town stored before rows were packed is read as it was.
 */
import Database from 'better-sqlite3'
import { migrate, openSqlite, openSqliteStore } from '../../cloudfunctions/_lib/store/sqlite'
import { countCases, SEPARATOR } from '../../cloudfunctions/_lib/store/sqlite/grievance-counts'
import { GRIEVANCE_SQL } from '../../cloudfunctions/_lib/store/sqlite/grievances'
import * as make from '../support/factories'

type Group = { enterpriseId: string; category: string; collective: boolean; protected: boolean; cases: number }
const key = (g: Group) => `${g.enterpriseId}/${g.category}/${g.collective}/${g.protected}`
const sorted = (groups: Group[]) => [...groups].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0))

describe('Radar pass: counting the concatenated cases', () => {
  test('When the window is empty, then there is no group', () => {
    expect(countCases(undefined)).toEqual([])
    expect(countCases({ cases: 0, enterprises: null, kinds: null })).toEqual([])
  })

  test('When cases repeat an enterprise and kind, then each (enterprise, category, flags) is one group with its count', () => {
    const enterprises = ['e2', 'e1', 'e2', 'e1', 'e2'].join(SEPARATOR)
    const kinds = ['safety3', 'wage_arrears0', 'safety3', 'wage_arrears1', 'other2'].join(SEPARATOR)
    expect(sorted(countCases({ cases: 5, enterprises, kinds }) ?? [])).toEqual(sorted([
      { enterpriseId: 'e2', category: 'safety', collective: true, protected: true, cases: 2 },
      { enterpriseId: 'e1', category: 'wage_arrears', collective: false, protected: false, cases: 1 },
      { enterpriseId: 'e1', category: 'wage_arrears', collective: true, protected: false, cases: 1 },
      { enterpriseId: 'e2', category: 'other', collective: false, protected: true, cases: 1 },
    ]))
  })

  test('When an id holds the separator, then the strings do not align and the count is refused (null)', () => {
    expect(countCases({ cases: 2, enterprises: `e1${SEPARATOR}e${SEPARATOR}2`, kinds: `other0${SEPARATOR}other0` })).toBeNull()
    expect(countCases({ cases: 3, enterprises: `e1${SEPARATOR}e2`, kinds: `other0${SEPARATOR}other0` })).toBeNull()
  })
})

describe('Radar pass: SQLite store', () => {
  const townId = 'town-counts'
  const since = '2026-01-01T00:00:00+08:00'
  const store = openSqliteStore(':memory:')
  afterAll(() => store.close())

  test('When an enterprise id holds the separator, then the pass still groups every case (SQLite groups them)', async () => {
    const odd = `ent${SEPARATOR}odd`
    const cases = [
      make.grievanceCase({ townId, enterpriseId: odd, createdAt: '2026-02-01T09:00:00+08:00', category: 'safety' }),
      make.grievanceCase({ townId, enterpriseId: odd, createdAt: '2026-02-02T09:00:00+08:00', category: 'safety', affectedCount: 5 }),
      make.grievanceCase({ townId, enterpriseId: 'ent-plain', createdAt: '2026-02-03T09:00:00+08:00', category: 'other', strictPrivacy: 'anonymous' }),
    ]
    for (const c of cases) expect(await store.grievances.create(c, make.participant({ caseId: c.id }))).toBe(true)
    expect(sorted(await store.grievances.countsByEnterprise({ townId, since, collectiveFrom: 2 }))).toEqual(sorted([
      { enterpriseId: odd, category: 'safety', collective: false, protected: false, cases: 1 },
      { enterpriseId: odd, category: 'safety', collective: true, protected: false, cases: 1 },
      { enterpriseId: 'ent-plain', category: 'other', collective: false, protected: true, cases: 1 },
    ]))
  })

  test('When the fallback grouping is planned, then it reads the same covering index', () => {
    const db = new Database(':memory:')
    migrate(db)
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${GRIEVANCE_SQL.countsByEnterpriseGrouped}`).all({ town: 'x', since: 'x', from: 2 }) as Array<{ detail: string }>)
      .map((r) => r.detail).join(' | ')
    db.close()
    expect(plan).toMatch(/^SEARCH grievances USING COVERING INDEX grievances_town_created \(town_id=\? AND created_at>\?\)/)
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
