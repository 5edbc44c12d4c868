/**
 * The hourly sweep removes limit counters whose period has ended (escalate/quota.ts): a worker's daily report counter
 * and a source's hourly guess counter are keyed hashes of who acted when, kept only while they can still refuse.
 */
import { openHarness, timer, type Harness } from '../support/harness'
import { uid } from '../support/factories'

let h: Harness
beforeAll(async () => (h = await openHarness()))
afterAll(() => h.close())

const TUE = new Date('2026-03-10T10:00:00+08:00')
const sweepAt = async (at: string) => {
  const out = await h.call('escalate', timer, { action: 'sweep' }, new Date(at))
  if (!out.ok) throw new Error(out.error.code)
  return out.data as { quota: { removed: number }; complete: boolean }
}

test('a day’s counters outlive the next day and are gone the day after; the limit still holds while they live', async () => {
  const worker = uid('o-w')
  const submit = () => h.as(worker)('grievance', 'submit', {
    requestId: uid('req'), enterpriseId: 'e-hx', category: 'wage_arrears', privacy: 'named',
    description: '两个月没有发工资了。', contact: { name: '李四', phone: '13812345678' },
  }, TUE)
  for (let i = 0; i < 10; i++) expect((await submit()).ok).toBe(true)
  expect((await submit()).error.code).toBe('RATE_LIMITED')
  // Hourly counters (as the failed-guess ones): one of 03-10, one of 03-11.
  const { quota } = h.deps.store
  const hourly = uid('k')
  for (const hour of ['2026-03-10T09', '2026-03-11T09']) expect(await quota.take(hourly, hour, 5)).toBe(true)
  // Same day and the next: nothing of 03-10 goes (the limit must still refuse on 03-10).
  expect((await sweepAt('2026-03-10T23:00:00+08:00')).quota.removed).toBe(0)
  expect((await submit()).error.code).toBe('RATE_LIMITED')
  expect((await sweepAt('2026-03-11T23:30:00+08:00')).quota.removed).toBe(0)
  // Two days on: the worker's day counter and the hour counter of 03-10 are removed, once; 03-11's stays a day more.
  const out = await sweepAt('2026-03-12T00:30:00+08:00')
  expect(out).toMatchObject({ quota: { removed: 2 }, complete: true })
  expect([await quota.count(hourly, '2026-03-10T09'), await quota.count(hourly, '2026-03-11T09')]).toEqual([0, 1])
  expect((await sweepAt('2026-03-12T01:30:00+08:00')).quota.removed).toBe(0)
  expect((await sweepAt('2026-03-13T00:30:00+08:00')).quota.removed).toBe(1)
})
