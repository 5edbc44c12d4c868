/**
 * The organising store contract on the CloudBase adapter (real @cloudbase/node-sdk → local fake), then the requests
 * the list and a commit cost: one query per page; new entries inserted a hundred per request.
 */
import { openCloudbaseStore } from '../../cloudfunctions/_lib/store/cloudbase'
import { createCollections } from '../../scripts/cloudbase-init'
import { startCloudbaseFake, type CloudbaseFake } from '../support/cloudbase-fake'
import { uid } from '../support/factories'
import { entry } from '../support/organising-factories'
import { runOrganisingStoreContract } from './organising-contract'

runOrganisingStoreContract('Organising store: CloudBase (node-sdk → local fake)', async () => {
  const fake = await startCloudbaseFake()
  await createCollections(fake.app)
  return { store: openCloudbaseStore(fake.app), cleanup: () => fake.close() }
})

describe('Organising store: CloudBase specifics (real SDK, local fake)', () => {
  let fake: CloudbaseFake
  beforeAll(async () => {
    fake = await startCloudbaseFake()
    await createCollections(fake.app)
  })
  afterAll(() => fake.close())

  test('When 150 new entries and 2 stored ones are written, then it is two bulk inserts and two replacements; a list page is one query', async () => {
    const store = openCloudbaseStore(fake.app)
    const townId = uid('town')
    const stored = [entry({ townId }), entry({ townId })]
    await store.organising.putEntries(stored)
    fake.requests.length = 0
    await store.organising.putEntries([...Array.from({ length: 150 }, () => entry({ townId })), ...stored.map((e) => ({ ...e, version: 2 }))])
    expect(fake.requests.map((r) => r.action)).toEqual(['database.insertDocument', 'database.insertDocument', 'database.modifyDocument', 'database.modifyDocument'])
    fake.requests.length = 0
    const page = await store.organising.listOpen({ townId }, undefined, 100)
    expect(page.items).toHaveLength(100)
    expect(fake.requests).toHaveLength(1)
  })
})
