/**
 * The risk radar store contract (issue 13 §3): RadarStore against each adapter through the port only. Each test has
 * its own town and enterprise ids, so nothing is cleaned up.
 *
 * Semantics stated here, for both adapters (radar-port.ts):
 * - getTown of a town never written is empty (computedAt null); putSnapshot replaces rows and computedAt and keeps
 *   visits and alerts;
 * - addVisit inserts (false for a known id) and the town's latest visit date per enterprise is the max of its visits;
 * - listVisits: latest date first, then id descending, cursor `${date}|${id}`;
 * - markAlerted: true iff never alerted or last alerted before notBefore; then the new time is stored.
 */
import type { EnterpriseSignals } from '../../cloudfunctions/_lib/domain/radar/signals'
import type { RadarVisit } from '../../cloudfunctions/_lib/store/radar-port'
import type { Store } from '../../cloudfunctions/_lib/store/port'
import * as make from '../support/factories'
import { collect } from './paging'

export type Opened = { store: Store; cleanup?: () => Promise<void> }

export const signalsOf = (enterpriseId: string, more: Partial<EnterpriseSignals> = {}): EnterpriseSignals => ({
  enterpriseId, name: `企业${enterpriseId}`, arrearsReports: 0, overdueReports: 0, insured: null,
  cases: { wage_arrears: { named: { cases: 2, collective: 1 }, protected: { cases: 1, collective: 0 } } }, ...more,
})
export const visitOf = (more: Partial<RadarVisit> = {}): RadarVisit => ({
  id: make.uid('visit'), townId: make.uid('town'), enterpriseId: make.uid('ent'), date: '2026-03-01', findings: '工资按月发放，已提醒签订劳动合同。',
  officerOpenid: make.uid('o'), orgId: 'sx', at: '2026-03-10T10:00:00+08:00', ...more,
})

export function runRadarStoreContract(label: string, open: () => Promise<Opened>) {
  describe(label, () => {
    let opened: Opened
    let store: Store
    beforeAll(async () => {
      opened = await open()
      store = opened.store
    })
    afterAll(async () => {
      await store.close()
      await opened.cleanup?.()
    })
    const r = () => store.radar

    test('When a town was never written, then its radar is empty', async () => {
      const townId = make.uid('town')
      expect(await r().getTown(townId)).toEqual({ townId, computedAt: null, rows: [], lastVisits: {}, alertedAt: {} })
    })

    test('When a snapshot is put twice, then the second replaces the first and visits and alerts stay', async () => {
      const townId = make.uid('town')
      const [a, b] = [make.uid('ent'), `${make.uid('ent')}.x`] // an id with a dot survives the adapters' map keys
      await r().putSnapshot(townId, '2026-03-10T10:00:00+08:00', [signalsOf(a)])
      expect(await r().addVisit(visitOf({ townId, enterpriseId: b, date: '2026-03-02' }))).toBe(true)
      expect(await r().markAlerted(townId, b, '2026-03-10T11:00:00+08:00', '2025-12-10T11:00:00+08:00')).toBe(true)
      const rows = [signalsOf(a, { arrearsReports: 2, insured: { previous: 100, latest: 70 } }), signalsOf(b, { cases: {} , overdueReports: 1 })]
      await r().putSnapshot(townId, '2026-03-10T12:00:00+08:00', rows)
      expect(await r().getTown(townId)).toEqual({
        townId, computedAt: '2026-03-10T12:00:00+08:00', rows,
        lastVisits: { [b]: '2026-03-02' }, alertedAt: { [b]: '2026-03-10T11:00:00+08:00' },
      })
      await r().putSnapshot(townId, '2026-03-10T13:00:00+08:00', [])
      expect((await r().getTown(townId)).rows).toEqual([])
    })

    test('When visits are added, then the latest date is kept per enterprise, a retried id is refused, and each enterprise lists its own', async () => {
      const townId = make.uid('town')
      const [a, b] = [make.uid('ent'), make.uid('ent')]
      const v1 = visitOf({ townId, enterpriseId: a, date: '2026-02-01' })
      const v2 = visitOf({ townId, enterpriseId: a, date: '2026-03-05' })
      const v3 = visitOf({ townId, enterpriseId: a, date: '2026-01-15' }) // recorded late: not the latest
      const v4 = visitOf({ townId, enterpriseId: b, date: '2026-02-20' })
      for (const v of [v1, v2, v3, v4]) expect(await r().addVisit(v)).toBe(true)
      expect(await r().addVisit({ ...v1, findings: '重复提交' })).toBe(false)
      expect((await r().getTown(townId)).lastVisits).toEqual({ [a]: '2026-03-05', [b]: '2026-02-20' })
      const { sizes, items } = await collect((after) => r().listVisits(townId, a, after, 2))
      expect(sizes).toEqual([2, 1])
      expect(items).toEqual([v2, v1, v3])
      const first = await r().listVisits(townId, a, undefined, 2)
      expect(first.next).toBe(`${v1.date}|${v1.id}`)
      expect((await r().listVisits(make.uid('town'), a, undefined, 10)).items).toEqual([])
    })

    test('When visits share a date, then they list by id descending', async () => {
      const townId = make.uid('town')
      const a = make.uid('ent')
      const same = [visitOf({ townId, enterpriseId: a, date: '2026-03-01' }), visitOf({ townId, enterpriseId: a, date: '2026-03-01' })]
      for (const v of same) await r().addVisit(v)
      const { items } = await collect((after) => r().listVisits(townId, a, after, 1))
      expect(items.map((v) => v.id)).toEqual(same.map((v) => v.id).sort().reverse())
    })

    test('When an enterprise is alerted, then again within the window is refused and after it is allowed, once', async () => {
      const townId = make.uid('town')
      const a = make.uid('ent')
      await r().putSnapshot(townId, '2026-03-10T10:00:00+08:00', [signalsOf(a)])
      expect(await r().markAlerted(townId, a, '2026-03-10T10:00:00+08:00', '2025-12-10T10:00:00+08:00')).toBe(true)
      expect(await r().markAlerted(townId, a, '2026-05-01T10:00:00+08:00', '2026-01-31T10:00:00+08:00')).toBe(false)
      expect((await r().getTown(townId)).alertedAt).toEqual({ [a]: '2026-03-10T10:00:00+08:00' })
      const later = ['2026-06-10T10:00:00+08:00', '2026-03-12T10:00:00+08:00'] as const
      const raced = await Promise.all([r().markAlerted(townId, a, ...later), r().markAlerted(townId, a, ...later)])
      expect(raced.filter(Boolean)).toHaveLength(1)
      expect((await r().getTown(townId)).alertedAt).toEqual({ [a]: '2026-06-10T10:00:00+08:00' })
      // A town with no snapshot yet can be marked too.
      const other = make.uid('town')
      expect(await r().markAlerted(other, a, '2026-03-10T10:00:00+08:00', '2025-12-10T10:00:00+08:00')).toBe(true)
      expect((await r().getTown(other)).alertedAt).toEqual({ [a]: '2026-03-10T10:00:00+08:00' })
    })
  })
}
