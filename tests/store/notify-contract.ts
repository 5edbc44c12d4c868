/**
 * The notify store contract (subscribe messages): SubscriptionStore and OutboxStore, run against each adapter
 * through the port only. Data is unique per test (own recipient keys; due lists inside a day of their own, see
 * `make.uniqueDay`, read from a cursor at the start of that day).
 *
 * Semantics stated here, for both adapters:
 * - `subscriptions.put` inserts at version 1 (false when the id exists) and otherwise replaces iff the stored
 *   version is `version - 1`: of two racers exactly one wins.
 * - `listByRecipient` returns that key's subscriptions only, by id.
 * - `outbox.listDue` lists pending messages (nextAt set) with nextAt ≤ now, by (nextAt, id), cursor `${nextAt}|${id}`;
 *   `update` writes the delivery state iff the stored version is `version - 1`.
 */
import type { OutboxMessage, Store, Subscription } from '../../cloudfunctions/_lib/store/port'
import { collect } from './paging'
import * as make from '../support/factories'

type Opened = { store: Store; cleanup?: () => Promise<void> }

const subscription = (over: Partial<Subscription> = {}): Subscription => ({
  id: make.uid('sub'), recipientKey: make.uid('rk'), kind: 'grievance', templateId: 'TPL-progress-0001', openidEnc: 'v1.iv.tag.ct',
  remaining: 1, updatedAt: '2026-03-10T10:00:00+08:00', version: 1, ...over,
})

const message = (over: Partial<OutboxMessage> = {}): OutboxMessage => ({
  id: make.uid('out'), subscriptionId: make.uid('sub'), openidEnc: 'v1.iv.tag.ct', templateId: 'TPL-progress-0001',
  page: 'grievance/pages/case/index?id=case-1', data: { thing1: '职工诉求', phrase2: '已受理', thing3: '诉求已受理', time4: '2026年3月10日 10:00' },
  state: 'pending', attempts: 0, nextAt: '2026-03-10T10:00:00+08:00', createdAt: '2026-03-10T10:00:00+08:00',
  updatedAt: '2026-03-10T10:00:00+08:00', lastError: null, version: 1, ...over,
})


export function runNotifyStoreContract(label: string, open: () => Promise<Opened>) {
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

    test('When a timer keeps a mark, then version 1 inserts once and later versions win only over the version before', async () => {
      const name = make.uid('mark')
      expect(await store.marks.get(name)).toBeNull()
      expect(await store.marks.put({ name, value: 'A', version: 1 })).toBe(true)
      expect(await store.marks.put({ name, value: 'B', version: 1 })).toBe(false)
      const racers = await Promise.all([store.marks.put({ name, value: 'C', version: 2 }), store.marks.put({ name, value: 'D', version: 2 })])
      expect(racers.filter(Boolean)).toHaveLength(1)
      expect(await store.marks.get(name)).toEqual({ name, value: racers[0] ? 'C' : 'D', version: 2 })
      expect(await store.marks.put({ name, value: 'E', version: 4 })).toBe(false)
    })

    test('When a subscription is put at version 1, then it is stored once; a second insert of the id is refused', async () => {
      const s = subscription()
      expect(await store.subscriptions.put(s)).toBe(true)
      expect(await store.subscriptions.put({ ...s, remaining: 5 })).toBe(false)
      expect(await store.subscriptions.get(s.id)).toEqual(s)
      expect(await store.subscriptions.get(make.uid('sub'))).toBeNull()
    })

    test('When two writers spend the same version, then exactly one wins and the stored record is the winner’s', async () => {
      const s = subscription({ remaining: 3 })
      await store.subscriptions.put(s)
      const a = { ...s, remaining: 2, version: 2 }
      const b = { ...s, remaining: 2, templateId: 'TPL-other-00001', version: 2 }
      const results = await Promise.all([store.subscriptions.put(a), store.subscriptions.put(b)])
      expect(results.filter(Boolean)).toHaveLength(1)
      expect(await store.subscriptions.get(s.id)).toEqual(results[0] ? a : b)
      // A stale version (and a skipped one) is refused too.
      expect(await store.subscriptions.put({ ...s, remaining: 0, version: 2 })).toBe(false)
      expect(await store.subscriptions.put({ ...s, remaining: 0, version: 4 })).toBe(false)
      expect(await store.subscriptions.put({ ...s, remaining: 0, version: 3 })).toBe(true)
    })

    test('When subscriptions are listed by recipient key, then only that key’s come back, by id', async () => {
      const key = make.uid('rk')
      const mine = [subscription({ recipientKey: key, kind: 'officer' }), subscription({ recipientKey: key }), subscription({ recipientKey: key, kind: 'officer' })]
      for (const s of [...mine, subscription(), subscription({ recipientKey: `${key}x` })]) await store.subscriptions.put(s)
      const listed = await store.subscriptions.listByRecipient(key)
      expect(listed.map((s) => s.id)).toEqual(mine.map((s) => s.id).sort())
      expect(listed[0]).toEqual(mine.find((s) => s.id === listed[0].id))
      expect(await store.subscriptions.listByRecipient(make.uid('rk'))).toEqual([])
    })

    test('When a message is added, then it reads back whole (data included)', async () => {
      const m = message()
      await store.outbox.add(m)
      expect(await store.outbox.get(m.id)).toEqual(m)
      expect(await store.outbox.get(make.uid('out'))).toBeNull()
    })

    test('When due messages are listed, then pending ones due by now come in (nextAt, id) order, page by page', async () => {
      const day = make.uniqueDay()
      const t = (hh: string) => `${day}T${hh}:00:00+08:00`
      const due = [message({ nextAt: t('09') }), message({ nextAt: t('08') }), message({ nextAt: t('09') }), message({ nextAt: t('10') }), message({ nextAt: t('08') })]
      const notDue = [message({ nextAt: t('12') }), message({ state: 'sent', nextAt: null }), message({ state: 'failed', nextAt: null })]
      for (const m of [...due, ...notDue]) await store.outbox.add(m)
      const expected = [...due].sort((a, b) => (a.nextAt! + a.id < b.nextAt! + b.id ? -1 : 1)).map((m) => m.id)
      const { sizes, items } = await collect((after) => store.outbox.listDue(t('11'), after, 2), day)
      expect(items.map((m) => m.id)).toEqual(expected)
      expect(sizes).toEqual([2, 2, 1])
      // The cursor is `${nextAt}|${id}`.
      const first = await store.outbox.listDue(t('11'), day, 2)
      expect(first.next).toBe(`${first.items[1].nextAt}|${first.items[1].id}`)
    })

    test('When a message’s delivery state is updated, then only the matching version writes, and it leaves the due list', async () => {
      const day = make.uniqueDay()
      const m = message({ nextAt: `${day}T08:00:00+08:00` })
      await store.outbox.add(m)
      const claimed = { ...m, attempts: 1, nextAt: `${day}T08:02:00+08:00`, updatedAt: `${day}T08:00:00+08:00`, version: 2 }
      const [x, y] = await Promise.all([store.outbox.update(claimed), store.outbox.update({ ...claimed, attempts: 9 })])
      expect([x, y].filter(Boolean)).toHaveLength(1)
      const sent = { ...(x ? claimed : { ...claimed, attempts: 9 }), state: 'sent' as const, nextAt: null, version: 3 }
      expect(await store.outbox.update(sent)).toBe(true)
      expect(await store.outbox.get(m.id)).toEqual(sent)
      expect((await store.outbox.listDue(`${day}T23:00:00+08:00`, day, 100)).items).toEqual([])
      const failed = { ...sent, state: 'failed' as const, lastError: 'errcode 45009', version: 4 }
      expect(await store.outbox.update({ ...failed, version: 3 })).toBe(false)
      expect(await store.outbox.update(failed)).toBe(true)
      expect((await store.outbox.get(m.id))?.lastError).toBe('errcode 45009')
    })
  })
}
