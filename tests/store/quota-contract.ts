/**
 * The quota store contract (decision 0011), run against each adapter through the port only. Keys are unique per
 * test. Semantics stated here, for both adapters:
 * - `take(key, period, max)` takes one unit iff fewer than `max` are taken for (key, period); of N concurrent callers
 *   exactly `max - taken` succeed; `max < 1` never takes.
 * - `give` returns one unit, never below zero; `count` is the units taken (0 for an unknown key).
 */
import type { Store } from '../../cloudfunctions/_lib/store/port'
import { uid } from '../support/factories'

type Opened = { store: Store; cleanup?: () => Promise<void> }

export function runQuotaStoreContract(label: string, open: () => Promise<Opened>) {
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

    const takes = async (key: string, period: string, max: number, n: number) => {
      const out: boolean[] = []
      for (let i = 0; i < n; i++) out.push(await store.quota.take(key, period, max))
      return out
    }

    test('When units are taken one by one, then the first `max` are granted and the rest refused', async () => {
      const key = uid('q')
      expect(await store.quota.count(key, '2026-03-10')).toBe(0)
      expect(await takes(key, '2026-03-10', 3, 5)).toEqual([true, true, true, false, false])
      expect(await store.quota.count(key, '2026-03-10')).toBe(3)
    })

    test('When another period or another key is used, then each has its own allowance', async () => {
      const [a, b] = [uid('q'), uid('q')]
      expect(await takes(a, '2026-03-10', 2, 3)).toEqual([true, true, false])
      expect(await takes(a, '2026-03-11', 2, 1)).toEqual([true])
      expect(await takes(b, '2026-03-10', 2, 1)).toEqual([true])
      expect(await store.quota.count(a, '2026-03-10')).toBe(2)
      expect(await store.quota.count(a, '2026-03-11')).toBe(1)
    })

    test('When 20 callers take at once with 7 units left, then exactly 7 are granted (also on a key never used)', async () => {
      for (const used of [0, 3]) {
        const key = uid('q')
        await takes(key, 'p', 10, used)
        const results = await Promise.all(Array.from({ length: 20 }, () => store.quota.take(key, 'p', 7 + used)))
        expect(results.filter(Boolean)).toHaveLength(7)
        expect(await store.quota.count(key, 'p')).toBe(7 + used)
      }
    })

    test('When a unit is given back, then it can be taken again; giving never goes below zero', async () => {
      const key = uid('q')
      expect(await takes(key, 'p', 2, 3)).toEqual([true, true, false])
      await store.quota.give(key, 'p')
      expect(await store.quota.count(key, 'p')).toBe(1)
      expect(await takes(key, 'p', 2, 2)).toEqual([true, false])
      for (let i = 0; i < 4; i++) await store.quota.give(key, 'p')
      expect(await store.quota.count(key, 'p')).toBe(0)
      await store.quota.give(uid('never-used'), 'p') // no error, nothing created
      expect(await takes(key, 'p', 2, 3)).toEqual([true, true, false])
    })

    test('When ended counters are removed, then exactly those of earlier periods go, days and hours alike', async () => {
      const key = uid('q')
      for (const period of ['2025-01-03', '2025-01-03T23', '2025-01-04', '2025-01-04T00', '2025-01-05T09']) await store.quota.take(key, period, 5)
      expect(await store.quota.removeEnded('2025-01-04')).toBe(2)
      const left = await Promise.all(['2025-01-03', '2025-01-03T23', '2025-01-04', '2025-01-04T00', '2025-01-05T09'].map((p) => store.quota.count(key, p)))
      expect(left).toEqual([0, 0, 1, 1, 1])
      expect(await store.quota.removeEnded('2025-01-04')).toBe(0)
      // A removed period starts afresh if it is ever taken again (it cannot refuse anyone any more).
      expect(await store.quota.take(key, '2025-01-03', 1)).toBe(true)
    })

    test('When the max is zero, then nothing is ever taken', async () => {
      const key = uid('q')
      expect(await takes(key, 'p', 0, 2)).toEqual([false, false])
      expect(await store.quota.count(key, 'p')).toBe(0)
    })
  })
}
