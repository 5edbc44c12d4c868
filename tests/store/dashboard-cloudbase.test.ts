/**
 * The dashboard store contract on the CloudBase adapter (real @cloudbase/node-sdk → local fake of the TCB API), then
 * what only CloudBase shows: `get` is one request by _id, which is what keeps `dashboard.get` within two.
 */
import { openCloudbaseStore } from '../../cloudfunctions/_lib/store/cloudbase'
import { createCollections } from '../../scripts/cloudbase-init'
import { startCloudbaseFake, type CloudbaseFake } from '../support/cloudbase-fake'
import { uid } from '../support/factories'
import { rollupOf, runDashboardStoreContract } from './dashboard-contract'

runDashboardStoreContract('Dashboard store: CloudBase (node-sdk → local fake)', async () => {
  const fake = await startCloudbaseFake()
  await createCollections(fake.app)
  return { store: openCloudbaseStore(fake.app), cleanup: () => fake.close() }
})

describe('Dashboard store: CloudBase specifics (real SDK, local fake)', () => {
  let fake: CloudbaseFake
  beforeAll(async () => {
    fake = await startCloudbaseFake()
    await createCollections(fake.app)
  })
  afterAll(() => fake.close())

  test('When a rollup is read, then the SDK sends one request; a put of two sends one write each', async () => {
    const store = openCloudbaseStore(fake.app)
    const id = uid('org')
    fake.requests.length = 0
    await store.dashboard.put([rollupOf(id), rollupOf(uid('org'))])
    expect(fake.requests).toHaveLength(2)
    fake.requests.length = 0
    expect((await store.dashboard.get(id))?.orgId).toBe(id)
    expect(fake.requests.map((r) => r.action)).toEqual(['database.getDocument'])
  })
})
