/**
 * The notify store contract on the CloudBase adapter (real @cloudbase/node-sdk → local fake of the TCB API), then
 * what only CloudBase shows: the spend is one conditional single-document update.
 */
import { openCloudbaseStore } from '../../cloudfunctions/_lib/store/cloudbase'
import { createCollections } from '../../scripts/cloudbase-init'
import { startCloudbaseFake, type CloudbaseFake } from '../support/cloudbase-fake'
import { uid } from '../support/factories'
import { runNotifyStoreContract } from './notify-contract'

runNotifyStoreContract('Notify store: CloudBase (node-sdk → local fake)', async () => {
  const fake = await startCloudbaseFake()
  await createCollections(fake.app)
  return { store: openCloudbaseStore(fake.app), cleanup: () => fake.close() }
})

describe('Notify store: CloudBase specifics (real SDK, local fake)', () => {
  let fake: CloudbaseFake
  beforeAll(async () => {
    fake = await startCloudbaseFake()
    await createCollections(fake.app)
  })
  afterAll(() => fake.close())

  test('When a subscription is spent, then the SDK sends one conditional update on _id and the previous version', async () => {
    const store = openCloudbaseStore(fake.app)
    const s = { id: uid('sub'), recipientKey: uid('rk'), kind: 'grievance' as const, templateId: 'TPL-progress-0001', openidEnc: 'v1.a.b.c', remaining: 2, updatedAt: '2026-03-10T10:00:00+08:00', version: 1 }
    await store.subscriptions.put(s)
    fake.requests.length = 0
    expect(await store.subscriptions.put({ ...s, remaining: 1, version: 2 })).toBe(true)
    expect(fake.requests).toHaveLength(1)
    expect(fake.requests[0].body).toMatchObject({ action: 'database.modifyDocument', merge: true, upsert: false })
    expect(JSON.parse(String(fake.requests[0].body.query))).toEqual({ _id: s.id, version: { $numberInt: '1' } })
  })
})
