/**
 * The arrears store contract (issue 13): ArrearsStore, and the directory's listTownEnterprises it reads with, run
 * against each adapter through the port only. Data is unique per test (own town and enterprise ids), so nothing is
 * cleaned up. Semantics stated here, for both adapters (arrears-port.ts):
 * - saveReport at version 1 inserts iff the id (`enterpriseId:month`) is free; later versions replace iff the stored
 *   one is `version - 1`; of two racers exactly one wins;
 * - listTownMonth returns every report of the town's month (board fields only), in enterpriseId order, past 1,000;
 * - listByEnterprise is newest month first, at most `limit`;
 * - markReminder is true once per key.
 */
import type { ArrearsReport } from '../../cloudfunctions/_lib/store/arrears-port'
import { reportId } from '../../cloudfunctions/_lib/store/arrears-port'
import type { Store } from '../../cloudfunctions/_lib/store/port'
import * as make from '../support/factories'

export type Opened = { store: Store; cleanup?: () => Promise<void> }

export function report(over: Partial<ArrearsReport> = {}): ArrearsReport {
  const enterpriseId = over.enterpriseId ?? make.uid('e')
  const month = over.month ?? '2026-02'
  return {
    id: reportId(enterpriseId, month), enterpriseId, enterpriseName: '测试纺织有限公司', townId: 'town-x', month, filerOrgId: 'eu-x',
    arrears: null, caseId: null, dueBy: '2026-03-07T00:00:00+08:00', late: false, filedAt: '2026-03-03T09:00:00+08:00', filedBy: 'o-x',
    history: [], version: 1, ...over,
  }
}

export function runArrearsStoreContract(label: string, open: () => Promise<Opened>, opts: { big?: boolean } = {}) {
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
    const a = () => store.arrears

    test('When a report is saved, then it reads back whole; a second version 1 of its month is refused', async () => {
      const r = report({ arrears: { workers: 12, amount: 86000.5, since: '2026-01', cause: '资金周转困难' }, caseId: make.uid('case') })
      expect(await a().saveReport(r)).toBe(true)
      expect(await a().getReport(r.id)).toEqual(r)
      expect(await a().saveReport({ ...r, filedBy: 'o-other' })).toBe(false)
      expect((await a().getReport(r.id))!.filedBy).toBe('o-x')
      expect(await a().getReport('e-none:2026-02')).toBeNull()
    })

    test('When a refile replaces a report, then only the holder of the previous version wins, and the history rides along', async () => {
      const r = report()
      await a().saveReport(r)
      const refile = { ...r, arrears: { workers: 3, amount: 900, since: '2026-02', cause: '老板失联' }, history: [{ filedAt: r.filedAt, filedBy: r.filedBy, arrears: null }], version: 2 }
      const results = await Promise.all([a().saveReport(refile), a().saveReport({ ...refile, filedBy: 'o-racer' })])
      expect(results.filter(Boolean)).toHaveLength(1)
      const stored = (await a().getReport(r.id))!
      expect(stored).toMatchObject({ version: 2, arrears: refile.arrears, history: refile.history })
      // Back to 无欠薪: the arrears are gone, the case link stays as written.
      expect(await a().saveReport({ ...stored, arrears: null, caseId: 'case-kept', version: 3 })).toBe(true)
      expect(await a().getReport(r.id)).toMatchObject({ arrears: null, caseId: 'case-kept', version: 3 })
      expect(await a().saveReport({ ...stored, version: 3 })).toBe(false)
    })

    test("When a town's month is listed, then every report of it comes back with the board's fields, in enterprise order", async () => {
      const town = make.uid('town')
      const ids = ['e-b', 'e-a', 'e-c'].map((p) => `${p}-${town}`)
      await a().saveReport(report({ townId: town, enterpriseId: ids[0], arrears: { workers: 5, amount: 1000, since: '2026-01', cause: 'x' }, caseId: 'c1' }))
      await a().saveReport(report({ townId: town, enterpriseId: ids[1] }))
      await a().saveReport(report({ townId: town, enterpriseId: ids[2], month: '2026-01' }))
      await a().saveReport(report({ townId: make.uid('town'), enterpriseId: make.uid('e') }))
      expect(await a().listTownMonth(town, '2026-02')).toEqual([
        { enterpriseId: ids[1], arrears: null, caseId: null, filedAt: '2026-03-03T09:00:00+08:00' },
        { enterpriseId: ids[0], arrears: { workers: 5, amount: 1000, since: '2026-01' }, caseId: 'c1', filedAt: '2026-03-03T09:00:00+08:00' },
      ])
      expect(await a().listTownMonth(town, '2025-12')).toEqual([])
      // The radar's read of the same months: ids only, in enterprise order.
      expect(await a().listTownMonthFilers(town, '2026-02')).toEqual({ filed: [ids[1], ids[0]], arrears: [ids[0]] })
      expect(await a().listTownMonthFilers(town, '2026-01')).toEqual({ filed: [ids[2]], arrears: [] })
      expect(await a().listTownMonthFilers(town, '2025-12')).toEqual({ filed: [], arrears: [] })
    })

    if (opts.big) {
      test('When a town has more than 1,000 reports in a month, then all of them come back', async () => {
        const town = make.uid('town')
        for (let i = 0; i < 1005; i++) await a().saveReport(report({ townId: town, enterpriseId: `e-${String(i).padStart(4, '0')}-${town}` }))
        const all = await a().listTownMonth(town, '2026-02')
        expect(all).toHaveLength(1005)
        expect(new Set(all.map((r) => r.enterpriseId)).size).toBe(1005)
        expect((await a().listTownMonthFilers(town, '2026-02')).filed).toEqual(all.map((r) => r.enterpriseId))
      }, 120_000)
    }

    test("When an enterprise's reports are listed, then the newest month comes first, at most the limit", async () => {
      const e = make.uid('e')
      for (const month of ['2025-11', '2026-01', '2025-12']) await a().saveReport(report({ enterpriseId: e, month }))
      expect((await a().listByEnterprise(e, 2)).map((r) => r.month)).toEqual(['2026-01', '2025-12'])
      expect(await a().listByEnterprise(make.uid('e'), 10)).toEqual([])
    })

    test('When a reminder is marked, then the first mark is true and every later one false', async () => {
      const key = `2026-02:due:${make.uid('org')}`
      expect(await a().hasReminder(key)).toBe(false)
      const marks = await Promise.all([a().markReminder(key, '2026-03-06T09:00:00+08:00'), a().markReminder(key, '2026-03-06T09:00:00+08:00')])
      expect(marks.sort()).toEqual([false, true])
      expect(await a().hasReminder(key)).toBe(true)
    })

    test("When a town's enterprises are listed, then every one of that town comes back in id order", async () => {
      const town = make.uid('town')
      const es = ['e-2', 'e-1', 'e-3'].map((p) => make.enterprise({ id: `${p}-${town}`, townId: town }))
      await store.directory.upsertBatch({ orgs: [], enterprises: [...es, make.enterprise({ townId: make.uid('town') })], officers: [] })
      expect((await store.directory.listTownEnterprises(town)).map((e) => e.id)).toEqual([es[1].id, es[0].id, es[2].id])
      expect(await store.directory.listTownEnterprises(make.uid('town'))).toEqual([])
      // Names only (the radar's read): the same enterprises, in the same order.
      expect(await store.directory.listTownEnterpriseNames(town)).toEqual([es[1], es[0], es[2]].map((e) => ({ id: e.id, name: e.name })))
      expect(await store.directory.listTownEnterpriseNames(make.uid('town'))).toEqual([])
    })
  })
}
