/**
 * The grievance store contract on the CloudBase adapter (real @cloudbase/node-sdk → local fake of
 * the TCB API), then what only CloudBase shows: create's transaction (its requests, its rollback, a failed
 * commit, conflicts), and the conditional single-document updates the SDK sends.
 */
import { openCloudbaseStore } from '../../cloudfunctions/_lib/store/cloudbase'
import { AppError } from '../../cloudfunctions/_lib/runtime/result'
import { participantDoc } from '../../cloudfunctions/_lib/store/cloudbase/grievance-docs'
import { createCollections } from '../../scripts/cloudbase-init'
import { ServiceError, startCloudbaseFake, type CloudbaseFake } from '../support/cloudbase-fake'
import * as make from '../support/factories'
import { runGrievanceStoreContract } from './grievance-contract'

// Each create is a transaction of four requests through the SDK and HTTP: seeding 250 cases takes seconds.
jest.setTimeout(20_000)

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
    fake.hooks.onRequest = undefined
    await createCollections(fake.app)
  })

  const writes = () =>
    fake.requests
      .filter((r) => r.action !== 'database.getDocument')
      .map((r) => `${r.action.replace('database.', '')} ${String(r.body.collectionName)}`)

  const participant = (requestKey: string) => fake.app.database().collection('grievance_participants').doc(requestKey).get()

  test('When a case is created, then the participant (its _id is the requestKey) and the case are one transaction: 4 requests', async () => {
    const store = openCloudbaseStore(fake.app)
    const c = make.grievanceCase()
    const reporter = make.participant({ caseId: c.id })
    fake.requests.length = 0
    expect(await store.grievances.create(c, reporter)).toBe(true)
    // Before transactions: the two inserts alone (2 requests).
    expect(writes()).toEqual([
      'startTransaction undefined',
      'insertDocument grievance_participants',
      'insertDocument grievances',
      'commitTransaction undefined',
    ])
    expect(fake.requests).toHaveLength(4)
    expect(new Set(fake.requests.slice(1).map((r) => r.body.transactionId)).size).toBe(1)
    expect((await participant(reporter.requestKey)).data).toHaveLength(1)
  })

  test('When the retried submission arrives, then the refused participant insert ends it: rolled back, nothing else sent', async () => {
    const store = openCloudbaseStore(fake.app)
    const c = make.grievanceCase()
    const reporter = make.participant({ caseId: c.id })
    await store.grievances.create(c, reporter)
    fake.requests.length = 0
    const retry = make.grievanceCase()
    expect(await store.grievances.create(retry, reporter)).toBe(false)
    expect(writes()).toEqual(['startTransaction undefined', 'insertDocument grievance_participants', 'abortTransaction undefined'])
    expect(await store.grievances.get(retry.id)).toBeNull()
  })

  test('When the case insert is refused, then the transaction is rolled back (no participant stays) and the insert’s error is thrown', async () => {
    const store = openCloudbaseStore(fake.app)
    const holder = make.grievanceCase()
    await store.grievances.create(holder, make.participant({ caseId: holder.id }))
    fake.requests.length = 0
    const clash = make.grievanceCase({ receiptHash: holder.receiptHash })
    const reporter = make.participant({ caseId: clash.id })
    await expect(store.grievances.create(clash, reporter)).rejects.toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' })
    expect(writes()).toEqual([
      'startTransaction undefined',
      'insertDocument grievance_participants',
      'insertDocument grievances',
      'abortTransaction undefined',
    ])
    expect((await participant(reporter.requestKey)).data).toEqual([])
    // The same request can come back with a fresh receipt.
    expect(await store.grievances.create({ ...clash, receiptHash: make.uid('rh') }, reporter)).toBe(true)
  })

  test('When the commit fails, then neither the case nor its participant exists and a retry succeeds', async () => {
    const store = openCloudbaseStore(fake.app)
    const c = make.grievanceCase()
    const reporter = make.participant({ caseId: c.id })
    fake.hooks.onRequest = (action) => {
      if (action === 'database.commitTransaction') throw new ServiceError('SYS_ERR', 'injected: commit lost')
    }
    await expect(store.grievances.create(c, reporter)).rejects.toMatchObject({ code: 'SYS_ERR' })
    fake.hooks.onRequest = undefined
    expect(await store.grievances.get(c.id)).toBeNull()
    expect(await store.grievances.getParticipantByRequestKey(reporter.requestKey)).toBeNull()
    // The commit never reached the service: its transaction stays open until its lifetime ends.
    fake.transactions.expire()
    expect(await store.grievances.create(c, reporter)).toBe(true)
  })

  test('When another transaction holds the requestKey on every run, then create gives up after three runs with CONFLICT', async () => {
    const store = openCloudbaseStore(fake.app)
    const c = make.grievanceCase()
    const reporter = make.participant({ caseId: c.id })
    const db = fake.app.database()
    const other = await db.startTransaction()
    await other.collection('grievance_participants').add(participantDoc(reporter))
    fake.requests.length = 0
    const error = await store.grievances.create(c, reporter).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).failure.code).toBe('CONFLICT')
    expect(fake.requests.filter((r) => r.action === 'database.startTransaction')).toHaveLength(3)
    await other.rollback(undefined)
    expect(await store.grievances.create(c, reporter)).toBe(true)
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
