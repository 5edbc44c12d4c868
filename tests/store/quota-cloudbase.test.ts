/**
 * The quota store contract on the CloudBase adapter (real @cloudbase/node-sdk → local fake of the TCB API), then what
 * only CloudBase shows: the first unit of a counter is one insert, and taking from a counter the container has seen is
 * one conditional single-document update.
 */
import { openCloudbaseStore } from '../../cloudfunctions/_lib/store/cloudbase'
import { createCollections } from '../../scripts/cloudbase-init'
import { startCloudbaseFake, type CloudbaseFake } from '../support/cloudbase-fake'
import { uid } from '../support/factories'
import { runQuotaStoreContract } from './quota-contract'

runQuotaStoreContract('Quota store: CloudBase (node-sdk → local fake)', async () => {
  const fake = await startCloudbaseFake()
  await createCollections(fake.app)
  return { store: openCloudbaseStore(fake.app), cleanup: () => fake.close() }
})

describe('Quota store: CloudBase specifics (real SDK, local fake)', () => {
  let fake: CloudbaseFake
  beforeAll(async () => {
    fake = await startCloudbaseFake()
    await createCollections(fake.app)
  })
  afterAll(() => fake.close())

  test('When a unit is taken from an existing counter, then the SDK sends one conditional update on _id and n < max', async () => {
    const store = openCloudbaseStore(fake.app)
    const key = uid('q')
    expect(await store.quota.take(key, '2026-03-10T14', 5)).toBe(true) // creates the document
    fake.requests.length = 0
    expect(await store.quota.take(key, '2026-03-10T14', 5)).toBe(true)
    expect(fake.requests).toHaveLength(1)
    expect(fake.requests[0].body).toMatchObject({ action: 'database.modifyDocument', collectionName: 'quota', merge: true })
    expect(JSON.parse(String(fake.requests[0].body.query))).toEqual({ _id: `${key}:2026-03-10T14`, n: { $lt: { $numberInt: '5' } } })
  })

  test('When the first unit of a period is taken, then it is one insert; another container then inserts, is refused, and raises', async () => {
    const key = uid('q')
    const actions = () => fake.requests.map((r) => r.action)
    fake.requests.length = 0
    expect(await openCloudbaseStore(fake.app).quota.take(key, '2026-03-10', 2)).toBe(true)
    expect(actions()).toEqual(['database.insertDocument'])
    fake.requests.length = 0
    const other = openCloudbaseStore(fake.app)
    expect(await other.quota.take(key, '2026-03-10', 2)).toBe(true)
    expect(actions()).toEqual(['database.insertDocument', 'database.modifyDocument'])
    // At the max: refused, and the count stays.
    expect(await other.quota.take(key, '2026-03-10', 2)).toBe(false)
    expect(await other.quota.count(key, '2026-03-10')).toBe(2)
  })
})
