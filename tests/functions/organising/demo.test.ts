/** The demo's organising list (scripts/host/demo-organising.ts) imports through the real function and lists the right rows. */
import { seedDemoOrganising, DEMO_INSURED_ROWS } from '../../../scripts/host/demo-organising'
import { openHarness, type Harness } from '../../support/harness'
import { data, org } from './helpers'

let h: Harness
beforeAll(async () => {
  h = await openHarness()
})
afterAll(() => h.close())

test('When the demo list is seeded twice, then 苏溪镇 lists its un-unionised enterprises with 25 or more insured, one of them contacted once', async () => {
  await seedDemoOrganising(h.deps)
  await seedDemoOrganising(h.deps)
  const items = data(h, await org(h, 'o-town-sx-1')('list')).items
  expect(items.map((i: { insured: number }) => i.insured)).toEqual([131, 118, 92, 66, 27])
  expect(items[0]).toMatchObject({ status: 'contacted', organiserName: '王敏' })
  expect(data(h, await org(h, 'o-town-sx-1')('get', { creditCode: DEMO_INSURED_ROWS[1].creditCode })).notes).toHaveLength(2)
})
