/**
 * The dashboard store contract (issue 13 §4), run against each adapter through the port only. Semantics:
 * - `put` upserts each rollup by orgId, replacing the whole record; `get` returns it as put, or null;
 * - `list` pages every rollup in orgId order (cursor = orgId, limit clamped to 1..100).
 */
import { emptyRollup } from '../../cloudfunctions/_lib/domain/dashboard/rollup'
import type { Store } from '../../cloudfunctions/_lib/store/port'
import type { OrgRollup } from '../../types/dashboard'
import { uid } from '../support/factories'

type Opened = { store: Store; cleanup?: () => Promise<void> }

const MONTHS = ['2026-01', '2026-02']
export const rollupOf = (orgId: string, more: Partial<OrgRollup> = {}): OrgRollup => ({ ...emptyRollup(orgId, MONTHS, '2026-02-10T09:00:00+08:00'), ...more })

export function runDashboardStoreContract(label: string, open: () => Promise<Opened>) {
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

    test('When rollups are put, then each is read back as put; an unknown org has none', async () => {
      const a = rollupOf(uid('org'), { memberships: { pending: 3, overdue: 1 }, truncated: true })
      a.months[1].onTimeAcceptRate = 0.8
      a.months[1].grievancesReceived = 12
      await store.dashboard.put([a, rollupOf(uid('org'))])
      expect(await store.dashboard.get(a.orgId)).toEqual(a)
      expect(await store.dashboard.get(uid('none'))).toBeNull()
    })

    test('When a rollup is put again, then the stored record is replaced whole', async () => {
      const id = uid('org')
      await store.dashboard.put([rollupOf(id, { legal: { consultations: 9, answeredWithin24hRate: 0.5 } })])
      const next = rollupOf(id, { computedAt: '2026-02-10T10:00:00+08:00' })
      await store.dashboard.put([next])
      expect(await store.dashboard.get(id)).toEqual(next)
    })

    test('When rollups are listed, then every one comes once in orgId order, page by page', async () => {
      const prefix = uid('list')
      const ids = ['c', 'a', 'e', 'b', 'd'].map((s) => `${prefix}-${s}`)
      await store.dashboard.put(ids.map((id) => rollupOf(id)))
      const seen: string[] = []
      let after: string | undefined = `${prefix}-`
      for (;;) {
        const page = await store.dashboard.list(after, 2)
        seen.push(...page.items.map((r) => r.orgId).filter((id) => id.startsWith(prefix)))
        expect(page.items.length).toBeLessThanOrEqual(2)
        if (!page.next || !page.next.startsWith(prefix)) break
        after = page.next
      }
      expect(seen).toEqual([...ids].sort())
    })
  })
}
