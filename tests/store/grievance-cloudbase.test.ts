/**
 * The grievance store contract on the CloudBase adapter (real @cloudbase/node-sdk → local fake of
 * the TCB API), then what only CloudBase shows: the order of create's two inserts and its undo,
 * and the conditional single-document updates the SDK sends.
 */
import { openCloudbaseStore } from '../../cloudfunctions/_lib/store/cloudbase'
import { createCollections } from '../../scripts/cloudbase-init'
import { startCloudbaseFake, type CloudbaseFake } from '../support/cloudbase-fake'
import * as make from '../support/factories'
import { runGrievanceStoreContract } from './grievance-contract'

runGrievanceStoreContract('Grievance store: CloudBase (node-sdk → local fake)', async () => {
  const fake = await startCloudbaseFake()
  await createCollections(fake.app)
  return { store: openCloudbaseStore(fake.app), cleanup: () => fake.close() }
})

describe('Grievance store: CloudBase specifics (real SDK, local fake)', () => {
  let fake: CloudbaseFake
  beforeAll(async () => {
    fake = await startCloudbaseFake()
  })
  afterAll(() => fake.close())
  beforeEach(async () => {
    fake.reset()
    await createCollections(fake.app)
  })

  const writes = () =>
    fake.requests
      .filter((r) => r.action !== 'database.getDocument')
      .map((r) => `${r.action.replace('database.', '')} ${String(r.body.collectionName)}`)

  test('When a case is created, then the participant is inserted first (its _id is the requestKey), then the case', async () => {
    const store = openCloudbaseStore(fake.app)
    const c = make.grievanceCase()
    const reporter = make.participant({ caseId: c.id })
    fake.requests.length = 0
    expect(await store.grievances.create(c, reporter)).toBe(true)
    expect(writes()).toEqual(['insertDocument grievance_participants', 'insertDocument grievances'])
    const stored = await fake.app.database().collection('grievance_participants').doc(reporter.requestKey).get()
    expect(stored.data).toHaveLength(1)
  })

  test('When the retried submission arrives, then only the refused participant insert is sent', async () => {
    const store = openCloudbaseStore(fake.app)
    const c = make.grievanceCase()
    const reporter = make.participant({ caseId: c.id })
    await store.grievances.create(c, reporter)
    fake.requests.length = 0
    expect(await store.grievances.create(make.grievanceCase(), reporter)).toBe(false)
    expect(writes()).toEqual(['insertDocument grievance_participants'])
  })

  test('When the case insert is refused, then the participant is removed again and the insert’s error is thrown', async () => {
    const store = openCloudbaseStore(fake.app)
    const holder = make.grievanceCase()
    await store.grievances.create(holder, make.participant({ caseId: holder.id }))
    fake.requests.length = 0
    const clash = make.grievanceCase({ receiptHash: holder.receiptHash })
    await expect(store.grievances.create(clash, make.participant({ caseId: clash.id }))).rejects.toMatchObject({
      code: 'DATABASE_DUPLICATE_WRITE',
    })
    expect(writes()).toEqual(['insertDocument grievance_participants', 'insertDocument grievances', 'removeDocument grievance_participants'])
  })

  test('When a case is updated, then the SDK sends one conditional update on _id and the previous version', async () => {
    const store = openCloudbaseStore(fake.app)
    const c = make.grievanceCase({ attachments: ['private/a.jpg', 'private/b.jpg'] })
    await store.grievances.create(c, make.participant({ caseId: c.id }))
    fake.requests.length = 0
    expect(await store.grievances.update({ ...c, attachments: [], version: 2 })).toBe(true)
    expect(fake.requests).toHaveLength(1)
    expect(fake.requests[0].body).toMatchObject({ action: 'database.modifyDocument', merge: true, upsert: false })
    expect(JSON.parse(String(fake.requests[0].body.query))).toEqual({ _id: c.id, version: { $numberInt: '1' } })
    // Arrays are set whole (not element by element), so a shorter array does not keep old elements.
    const data = JSON.parse(String(fake.requests[0].body.data)) as { $set: Record<string, unknown> }
    expect(data.$set.attachments).toEqual([])
    expect(Object.keys(data.$set).every((k) => !k.includes('.'))).toBe(true)
  })

  test('When a queue page follows a cursor, then the query bounds acceptBy from below and orders by (acceptBy, _id)', async () => {
    const store = openCloudbaseStore(fake.app)
    const orgId = make.uid('org')
    fake.requests.length = 0
    await store.grievances.listQueue(orgId, { status: 'pending' }, '2026-03-13T00:00:00+08:00|case-1', 20)
    const sent = fake.requests[0].body
    // The sort keys in order (the object's key order is the sort order).
    expect(Object.entries(JSON.parse(String(sent.order)) as Record<string, unknown>)).toEqual([
      ['acceptBy', { $numberInt: '1' }],
      ['_id', { $numberInt: '1' }],
    ])
    expect(JSON.parse(String(sent.query))).toEqual({
      $and: [
        { assignedOrgId: orgId, status: 'pending' },
        {
          $and: [
            { acceptBy: { $gte: '2026-03-13T00:00:00+08:00' } },
            { $or: [{ acceptBy: { $gt: '2026-03-13T00:00:00+08:00' } }, { _id: { $gt: 'case-1' } }] },
          ],
        },
      ],
    })
  })
})
