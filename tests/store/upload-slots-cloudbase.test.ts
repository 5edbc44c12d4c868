/**
 * The upload-slot store contract on the CloudBase adapter (real @cloudbase/node-sdk → local fake of the TCB API),
 * then what only CloudBase shows: finishing and forgetting are one conditional single-document write each.
 */
import { openCloudbaseStore } from '../../cloudfunctions/_lib/store/cloudbase'
import { COLLECTIONS } from '../../cloudfunctions/_lib/store/cloudbase/collections'
import { createCollections } from '../../scripts/cloudbase-init'
import { startCloudbaseFake, type CloudbaseFake } from '../support/cloudbase-fake'
import { uid } from '../support/factories'
import { runUploadSlotContract } from './upload-slots-contract'

runUploadSlotContract('Upload slots: CloudBase (node-sdk → local fake)', async () => {
  const fake = await startCloudbaseFake()
  await createCollections(fake.app)
  return { store: openCloudbaseStore(fake.app), cleanup: () => fake.close() }
})

describe('Upload slots: CloudBase specifics (real SDK, local fake)', () => {
  let fake: CloudbaseFake
  beforeAll(async () => {
    fake = await startCloudbaseFake()
    await createCollections(fake.app)
  })
  afterAll(() => fake.close())

  test('When the collections are listed, then upload_slots has the index the sweep walks: (finished, issuedAt, _id)', () => {
    const spec = COLLECTIONS.find((c) => c.name === 'upload_slots')
    expect(spec?.indexes).toEqual([{ name: 'finished_issuedAt_id', keys: [['finished', 1], ['issuedAt', 1], ['_id', 1]], unique: false }])
  })

  test('When a slot is finished and another forgotten, then each is one conditional write on _id and the unfinished state', async () => {
    const store = openCloudbaseStore(fake.app)
    const [a, b] = [uid('slotA').replace(/-/g, ''), uid('slotB').replace(/-/g, '')]
    for (const id of [a, b]) await store.uploads.issue({ id, key: `incoming/${id}-00112233aabbccdd.png`, issuedAt: '2026-03-10T10:00:00+08:00' })
    fake.requests.length = 0
    expect(await store.uploads.finish(a, '2026-03-10T10:01:00+08:00')).toBe(true)
    expect(await store.uploads.forget(b)).toBe(true)
    expect(fake.requests.map((r) => r.action)).toEqual(['database.modifyDocument', 'database.removeDocument'])
    expect(fake.requests.map((r) => JSON.parse(String(r.body.query)))).toEqual([{ _id: a, finished: false }, { _id: b, finished: false }])
  })
})
