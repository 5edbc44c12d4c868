/**
 * The organising store contract (issue 13 §2), run against each adapter through the port only. Each test uses its
 * own town and credit codes, so nothing is cleaned up.
 * - listOpen: entries not covered with ≥ 25 insured, largest first then by creditCode, per town or area committee,
 *   optionally one status; keyset pages that neither skip nor repeat;
 * - putEntries upserts whole entries; updateEntry replaces iff the stored version is `version - 1`;
 * - markCovered takes entries off the list (coveredAt set only when newly covered);
 * - clearReminder is true once; townTotals sums per town; listInsuredLatest pages a town by creditCode (the last two imports' counts).
 */
import type { Store } from '../../cloudfunctions/_lib/store/port'
import { uid } from '../support/factories'
import { entry, insuredImport } from '../support/organising-factories'

export type Opened = { store: Store; cleanup?: () => Promise<void> }

export function runOrganisingStoreContract(label: string, open: () => Promise<Opened>) {
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
    const o = () => store.organising

    async function all(filter: Parameters<Store['organising']['listOpen']>[0], limit: number) {
      const seen: string[] = []
      let after: string | undefined
      for (;;) {
        const page = await o().listOpen(filter, after, limit)
        seen.push(...page.items.map((e) => e.creditCode))
        if (!page.next) return seen
        after = page.next
      }
    }

    test('When a town has entries of every kind, then the list holds the uncovered ones with 25 or more insured, largest first, paged without gaps', async () => {
      const townId = uid('town')
      const big = entry({ townId, insured: 300 })
      const mid = [entry({ townId, insured: 80 }), entry({ townId, insured: 80 }), entry({ townId, insured: 80 })]
      const edge = entry({ townId, insured: 25 })
      const small = entry({ townId, insured: 24 })
      const covered = entry({ townId, insured: 500, covered: true, enterpriseId: 'e-x' })
      const elsewhere = entry({ insured: 1000 })
      await o().putEntries([small, edge, ...mid, covered, big, elsewhere])
      const tied = mid.map((e) => e.creditCode).sort()
      expect(await all({ townId }, 2)).toEqual([big.creditCode, ...tied, edge.creditCode])
      expect(await all({ townId }, 100)).toEqual([big.creditCode, ...tied, edge.creditCode])
      expect((await o().getEntry(big.creditCode))?.insured).toBe(300)
      expect((await o().getEntries([small.creditCode, 'NOPE', covered.creditCode])).map((e) => e.creditCode).sort()).toEqual([small.creditCode, covered.creditCode].sort())
    })

    test('When entries are filtered by status or area committee, then only those are listed', async () => {
      const townId = uid('town')
      const areaId = uid('area')
      const a = entry({ townId, status: 'contacted', insured: 40 })
      const b = entry({ townId, status: 'contacted', insured: 60, areaId })
      const c = entry({ townId, status: 'refused', insured: 90, areaId })
      await o().putEntries([a, b, c])
      expect(await all({ townId, status: 'contacted' }, 10)).toEqual([b.creditCode, a.creditCode])
      expect(await all({ townId, areaId }, 10)).toEqual([c.creditCode, b.creditCode])
      expect(await all({ townId, areaId, status: 'refused' }, 10)).toEqual([c.creditCode])
    })

    test('When an entry is updated with its version, then the first writer wins and a re-put replaces it whole', async () => {
      const e = entry()
      await o().putEntries([e])
      const v2 = { ...e, status: 'contacted' as const, version: 2, notes: [{ at: e.createdAt, by: 'o-1', byName: '王', status: 'contacted' as const, text: '已电话联系' }] }
      expect(await o().updateEntry(v2)).toBe(true)
      expect(await o().updateEntry({ ...v2, status: 'refused' })).toBe(false)
      expect(await o().getEntry(e.creditCode)).toEqual(v2)
      await o().putEntries([{ ...v2, insured: 10, version: 3 }])
      expect((await o().getEntry(e.creditCode))?.insured).toBe(10)
      expect(await all({ townId: e.townId }, 10)).toEqual([])
    })

    test('When the directory covers enterprises, then markCovered takes them off the list and dates only the newly covered', async () => {
      const townId = uid('town')
      const uncovered = entry({ townId, insured: 50 })
      const before = entry({ townId, insured: 60, covered: true, coveredAt: null })
      await o().putEntries([uncovered, before])
      await o().markCovered([uncovered.creditCode, before.creditCode, 'UNKNOWN'], '2026-04-01T09:00:00+08:00')
      expect(await all({ townId }, 10)).toEqual([])
      expect(await o().getEntry(uncovered.creditCode)).toMatchObject({ covered: true, coveredAt: '2026-04-01T09:00:00+08:00' })
      expect((await o().getEntry(before.creditCode))?.coveredAt).toBeNull()
      await o().markCovered([], '2026-04-01T09:00:00+08:00')
    })

    test('When reminders fall due, then they are listed by day and cleared once', async () => {
      const day = `2031-0${1 + (Date.now() % 8)}-15`
      const due = entry({ remindAt: day, nextContact: day })
      const later = entry({ remindAt: '2099-01-01', nextContact: '2099-01-01' })
      await o().putEntries([due, later])
      const listed = (await o().listRemindersDue(day, undefined, 100)).items.map((e) => e.creditCode)
      expect(listed).toContain(due.creditCode)
      expect(listed).not.toContain(later.creditCode)
      expect(await o().clearReminder(due.creditCode, day)).toBe(true)
      expect(await o().clearReminder(due.creditCode, day)).toBe(false)
      expect((await o().getEntry(due.creditCode))?.remindAt).toBeNull()
      expect((await o().listRemindersDue(day, undefined, 100)).items.map((e) => e.creditCode)).not.toContain(due.creditCode)
    })

    test('When a town is totalled, then it counts the list, this year\'s organised and the insured covered', async () => {
      const townId = uid('town')
      await o().putEntries([
        entry({ townId, insured: 30 }),
        entry({ townId, insured: 10 }),
        entry({ townId, insured: 100, covered: true, coveredAt: '2026-02-01T00:00:00+08:00' }),
        entry({ townId, insured: 60, covered: true, coveredAt: '2025-12-01T00:00:00+08:00' }),
      ])
      const empty = uid('town')
      expect(await o().townTotals([townId, empty], '2026-01-01')).toEqual([
        { townId, onList: 1, organisedThisYear: 1, insuredCovered: 160, insuredAll: 200 },
        { townId: empty, onList: 0, organisedThisYear: 0, insuredCovered: 0, insuredAll: 0 },
      ])
    })

    test('When the radar reads a town\'s insured counts, then every enterprise comes with its last two, paged by credit code', async () => {
      const townId = uid('town')
      const es = [entry({ townId, enterpriseId: uid('ent') }), entry({ townId, insured: 40 }), entry({ townId, covered: true })]
      es[0].history = [{ importId: 'i2', month: '2026-03', insured: 20, at: 't2' }, { importId: 'i1', month: '2026-02', insured: 30, at: 't1' }]
      await o().putEntries(es)
      const first = await o().listInsuredLatest(townId, undefined, 2)
      const second = await o().listInsuredLatest(townId, first.next ?? undefined, 2)
      const codes = [...first.items, ...second.items].map((h) => h.creditCode)
      expect(codes).toEqual(es.map((e) => e.creditCode).sort())
      expect(second.next).toBeNull()
      const mine = [...first.items, ...second.items].find((h) => h.creditCode === es[0].creditCode)
      expect(mine && [mine.enterpriseId, mine.latest, mine.previous]).toEqual([es[0].enterpriseId, 20, 30])
      // One import: no previous count.
      const one = [...first.items, ...second.items].find((h) => h.creditCode === es[1].creditCode)
      expect(one && [one.enterpriseId, one.latest, one.previous]).toEqual([null, 40, null])
    })

    test('When an import is staged, then its chunks are kept by number, a retried chunk replaces itself, and they can be dropped', async () => {
      const i = insuredImport()
      await o().createImport(i)
      const row = (line: number) => ({ line, creditCode: 'X', name: 'n', insured: line, town: null, month: null })
      await o().stageChunk({ importId: i.id, chunk: 1, rows: [row(3)] })
      await o().stageChunk({ importId: i.id, chunk: 0, rows: [row(2)] })
      await o().stageChunk({ importId: i.id, chunk: 1, rows: [row(4)] })
      expect((await o().listChunks(i.id)).map((c) => [c.chunk, c.rows[0].line])).toEqual([[0, 2], [1, 4]])
      expect(await o().updateImport({ ...i, chunks: 2, version: 2 })).toBe(true)
      expect(await o().updateImport({ ...i, chunks: 3, version: 2 })).toBe(false)
      expect(await o().getImport(i.id)).toEqual({ ...i, chunks: 2, version: 2 })
      await o().dropChunks(i.id)
      expect(await o().listChunks(i.id)).toEqual([])
      expect(await o().getImport('missing')).toBeNull()
    })
  })
}
