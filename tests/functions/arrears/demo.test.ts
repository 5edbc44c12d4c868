/** The demo's zero-reports (scripts/host/demo-arrears.ts): the town's board shows every state, and seeding twice changes nothing. */
import { seedDemoArrears } from '../../../scripts/host/demo-arrears'
import { openHarness, type Harness } from '../../support/harness'
import { TUE, arr, data } from './helpers'

let h: Harness
beforeAll(async () => (h = await openHarness()))
afterAll(() => h.close())

it('When the demo is seeded (twice), then 苏溪镇 has a board with an early warning, filed and overdue enterprises, once', async () => {
  await seedDemoArrears(h.deps, TUE)
  await seedDemoArrears(h.deps, TUE)
  const b = data(h, await arr(h, 'o-town-sx-1')('board', { month: '2026-02' }))
  expect(b.totals).toMatchObject({ arrears: 1, filed: 3 })
  expect(b.totals.overdue).toBeGreaterThan(0)
  const hx = b.rows.find((r: any) => r.enterpriseId === 'e-sx-002')
  expect(hx).toMatchObject({ state: 'arrears', workers: 12 })
  expect(b.rows.find((r: any) => r.enterpriseId === 'e-hx').state).toBe('overdue') // left for the demo's 华鑫 officer to file
  expect((await h.deps.store.arrears.getReport('e-sx-002:2026-02'))!.version).toBe(1)
  const queue = data(h, await h.as('o-town-sx-1')('grievance', 'queue', {}, TUE)).items
  expect(queue.filter((i: any) => i.id === hx.caseId && i.earlyWarning)).toHaveLength(1)
})
