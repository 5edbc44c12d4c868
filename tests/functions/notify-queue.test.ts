/**
 * The notify timer's queue step (notify/actions/queue.ts): actions write inbox items without reading the
 * recipient's subscriptions; the timer walks the inbox from a mark and queues one subscribe message per item for
 * recipients who asked — exactly once, also when two runs overlap, and never for items younger than the lag.
 */
import type { OutboxMessage } from '../../cloudfunctions/_lib/store/port'
import { openHarness, timer, type Harness } from '../support/harness'
import { at, data, file, newWorker } from './grievance/helpers'

let h: Harness
beforeAll(async () => {
  h = await openHarness()
})
afterAll(() => h.close())

const ELEVEN = at('2026-03-10T11:00:00+08:00')
const T_OFFICER = 'TPL_officer_00000000000000000000000000002'
const queued = async (): Promise<OutboxMessage[]> => (await h.deps.store.outbox.listDue('2099-01-01T00:00:00+08:00', undefined, 1000)).items
const runQueue = () => h.call('notify', timer, { action: 'queue' }, ELEVEN).then((out) => data(h, out))

describe('notify.queue', () => {
  it('When a subscribed officer’s org gets cases, then the action itself queues nothing and the timer queues one message per case, once', async () => {
    await runQueue() // start from a mark past everything earlier in this file
    const tap = async () => data(h, await h.as('o-town-ft-1')('notify', 'subscribe', { accepted: [{ kind: 'officer', templateId: T_OFFICER }] }, ELEVEN))
    await tap() // two taps: two one-time subscriptions
    await tap()
    const before = (await queued()).length
    const cases = [
      await file(h, newWorker(), { enterpriseId: undefined, townId: 'ft', privacy: 'anonymous', contact: undefined }),
      await file(h, newWorker(), { enterpriseId: undefined, townId: 'ft', privacy: 'anonymous', contact: undefined }),
    ]
    expect((await queued()).length).toBe(before) // no subscription read on the request path
    // Two overlapping runs: the mark moves conditionally, so each item is queued by one of them only.
    await Promise.all([runQueue(), runQueue()])
    await runQueue()
    const mine = (await queued()).slice(before).filter((m) => m.templateId === T_OFFICER)
    expect(mine.map((m) => m.page).sort()).toEqual(cases.map((c) => `grievance/pages/case/index?id=${c.id}`).sort())
  })

  it('When items are younger than the lag, then they wait for a later run', async () => {
    await runQueue()
    data(h, await h.as('o-town-sx-1')('notify', 'subscribe', { accepted: [{ kind: 'officer', templateId: T_OFFICER }] }, ELEVEN))
    const before = (await queued()).length
    await file(h, newWorker(), { enterpriseId: undefined, townId: 'sx', privacy: 'anonymous', contact: undefined })
    h.deps.limits.pushLagMs = 60_000
    try {
      expect(data(h, await h.call('notify', timer, { action: 'queue' }, ELEVEN))).toEqual({ looked: 0 })
    } finally {
      h.deps.limits.pushLagMs = 0
    }
    await runQueue()
    expect((await queued()).length).toBe(before + 1)
  })

  it('When a worker calls the queue step, then it is refused (timers only)', async () => {
    expect((await h.as(newWorker())('notify', 'queue', {})).ok).toBe(false)
  })
})
