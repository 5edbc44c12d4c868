import { openHarness, type Harness } from '../../support/harness'
import { seedDemoMemberships } from '../../../scripts/host/demo'
import { data } from './helpers'

let h: Harness
beforeAll(async () => (h = await openHarness()))
afterAll(() => h.close())

it('When the demo memberships are seeded (twice), then o-worker-2 holds a card and 苏溪镇 has one pending application', async () => {
  const now = new Date('2026-03-10T10:00:00+08:00')
  await seedDemoMemberships(h.deps, now)
  await seedDemoMemberships(h.deps, now)
  const mine = data(h, await h.as('o-worker-2')('membership', 'mine', {}))
  expect(mine.member).toMatchObject({ name: '陈小燕', orgId: 'sx', status: 'active' })
  expect(mine.applications).toHaveLength(1)
  const queue = data(h, await h.as('o-town-sx-1')('membership', 'queue', { status: 'pending' }, now))
  expect(queue.items).toEqual([expect.objectContaining({ nameMasked: '刘**', routeReason: 'NEW_EMPLOYMENT', occupation: '外卖送餐员' })])
})
