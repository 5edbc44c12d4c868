/**
 * The membership store contract on the CloudBase adapter (real @cloudbase/node-sdk → local fake of the
 * TCB API), then what only CloudBase shows: the holds written with each record in one transaction, their
 * release, the take-over of stale holds, the conditional updates and the atomic counter the SDK sends.
 */
import { openCloudbaseStore } from '../../cloudfunctions/_lib/store/cloudbase'
import { HOLD_GRACE_MS, HOLDS } from '../../cloudfunctions/_lib/store/cloudbase/membership-holds'
import type { Store } from '../../cloudfunctions/_lib/store/port'
import { createCollections } from '../../scripts/cloudbase-init'
import { startCloudbaseFake, type CloudbaseFake } from '../support/cloudbase-fake'
import * as make from '../support/factories'
import { runMembershipStoreContract } from './membership-contract'

// Each create is a transaction of about six requests through the SDK and HTTP: seeding 250 takes seconds.
jest.setTimeout(20_000)

runMembershipStoreContract('Membership store: CloudBase (node-sdk → local fake)', async () => {
  const fake = await startCloudbaseFake()
  await createCollections(fake.app)
  return { store: openCloudbaseStore(fake.app), cleanup: () => fake.close() }
})

describe('Membership store: CloudBase specifics (real SDK, local fake)', () => {
  let fake: CloudbaseFake
  let store: Store
  beforeAll(async () => {
    fake = await startCloudbaseFake()
  })
  afterAll(() => fake.close())
  beforeEach(async () => {
    fake.reset()
    await createCollections(fake.app)
    store = openCloudbaseStore(fake.app)
  })

  const writes = () =>
    fake.requests
      .filter((r) => r.action !== 'database.getDocument')
      .map((r) => `${r.action.replace('database.', '')} ${String(r.body.collectionName)}`)
  const holds = () => fake.app.database().collection(HOLDS)
  const hold = async (id: string) => ((await holds().doc(id).get()).data as Array<Record<string, unknown>>)[0] ?? null
  /** A hold as a crashed invocation leaves it: owner `recordId`, written at `at`. */
  const leaveHold = (id: string, recordId: string, at: string) => holds().add({ _id: id, recordId, at })
  const earlier = (iso: string, ms: number) => new Date(Date.parse(iso) - ms).toISOString()

  const start = 'startTransaction undefined'
  const commit = 'commitTransaction undefined'
  const abort = 'abortTransaction undefined'

  test('When an application is created, then its request, account and person holds and the application are one transaction', async () => {
    const a = make.application()
    fake.requests.length = 0
    expect(await store.memberships.createApplication(a)).toEqual({ ok: true })
    expect(writes()).toEqual([start, ...Array(3).fill('insertDocument membership_holds'), 'insertDocument membership_applications', commit])
    expect(fake.requests.slice(1, -1).every((r) => r.body.transactionId === fake.requests[1].body.transactionId)).toBe(true)
    expect(await hold(`request:${a.requestKey}`)).toEqual({ _id: `request:${a.requestKey}`, recordId: a.id, at: a.createdAt })
    expect(await hold(`pending-holder:${a.holderKey}`)).toEqual({ _id: `pending-holder:${a.holderKey}`, recordId: a.id, at: a.createdAt })
    expect(await hold(`pending:${a.idHash}`)).toEqual({ _id: `pending:${a.idHash}`, recordId: a.id, at: a.createdAt })
  })

  test('When a flagged application is created, then it takes no person hold; deciding it frees its account hold', async () => {
    const a = make.application({ identityConflict: true })
    fake.requests.length = 0
    expect(await store.memberships.createApplication(a)).toEqual({ ok: true })
    expect(writes()).toEqual([start, ...Array(2).fill('insertDocument membership_holds'), 'insertDocument membership_applications', commit])
    expect(await hold(`pending:${a.idHash}`)).toBeNull()
    expect(await store.memberships.updateApplication({ ...a, status: 'rejected', escalateAt: null, version: 2 })).toBe(true)
    expect(await hold(`pending-holder:${a.holderKey}`)).toBeNull()
  })

  test('When an application stored before identityConflict existed is read, then it is not flagged', async () => {
    const a = make.application()
    const { identityConflict: _omit, id, ...legacy } = a
    await fake.app.database().collection('membership_applications').add({ _id: id, ...legacy })
    expect(await store.memberships.getApplication(id)).toEqual(a)
  })

  test('When the apply is retried, then the blind insert of the request hold is refused and a second transaction reads who holds it; nothing is written', async () => {
    const a = make.application()
    await store.memberships.createApplication(a)
    fake.requests.length = 0
    expect(await store.memberships.createApplication(make.application({ requestKey: a.requestKey }))).toMatchObject({ reason: 'DUPLICATE_REQUEST' })
    expect(fake.requests.map((r) => r.action.replace('database.', ''))).toEqual([
      'startTransaction', 'insertDocument', 'abortTransaction',
      'startTransaction', 'getDocument', 'getDocument', 'abortTransaction',
    ])
    const again = make.application({ idHash: a.idHash })
    expect(await store.memberships.createApplication(again)).toEqual({ ok: false, reason: 'ALREADY_APPLIED' })
    expect(await hold(`request:${again.requestKey}`)).toBeNull()
    expect(await hold(`pending-holder:${again.holderKey}`)).toBeNull()
    expect(fake.transactions.open()).toBe(0)
  })

  test('When the application insert is refused, then the transaction is rolled back: no hold stays and the insert’s error is thrown', async () => {
    const holder = make.application()
    await store.memberships.createApplication(holder)
    const clash = make.application({ id: holder.id })
    fake.requests.length = 0
    await expect(store.memberships.createApplication(clash)).rejects.toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' })
    // The blind run, then the careful one (the duplicate might have been a hold): both rolled back.
    expect(writes()).toEqual([
      start, ...Array(3).fill('insertDocument membership_holds'), 'insertDocument membership_applications', abort,
      start, ...Array(3).fill('insertDocument membership_holds'), 'insertDocument membership_applications', abort,
    ])
    expect(await hold(`request:${clash.requestKey}`)).toBeNull()
    expect(await hold(`pending-holder:${clash.holderKey}`)).toBeNull()
    expect(await hold(`pending:${clash.idHash}`)).toBeNull()
  })

  test('When an application is decided, then its pending holds are removed; its request hold stays', async () => {
    const a = make.application()
    await store.memberships.createApplication(a)
    expect(await store.memberships.updateApplication({ ...a, status: 'rejected', escalateAt: null, version: 2 })).toBe(true)
    expect(await hold(`pending:${a.idHash}`)).toBeNull()
    expect(await hold(`pending-holder:${a.holderKey}`)).toBeNull()
    expect(await hold(`request:${a.requestKey}`)).toMatchObject({ recordId: a.id })
  })

  test('When a crash left a pending hold without its application, then it blocks within the grace period and is taken over after it', async () => {
    const idHash = make.uid('idh')
    const ghost = make.uid('app')
    const a = make.application({ idHash })
    await leaveHold(`pending:${idHash}`, ghost, earlier(a.createdAt, HOLD_GRACE_MS - 60_000))
    expect(await store.memberships.createApplication(a)).toEqual({ ok: false, reason: 'ALREADY_APPLIED' })
    // The refused apply released its own request hold, so the same request can come back.
    const later = { ...a, createdAt: new Date(Date.parse(a.createdAt) + 120_000).toISOString() }
    expect(await store.memberships.createApplication(later)).toEqual({ ok: true })
    expect(await hold(`pending:${idHash}`)).toMatchObject({ recordId: a.id, at: later.createdAt })
  })

  test('When a lost release left a pending hold on a decided application, then the next apply takes it over at once', async () => {
    const idHash = make.uid('idh')
    const decided = make.application({ idHash, status: 'approved', escalateAt: null })
    await store.memberships.createApplication(decided)
    await leaveHold(`pending:${idHash}`, decided.id, decided.createdAt)
    const next = make.application({ idHash })
    expect(await store.memberships.createApplication(next)).toEqual({ ok: true })
    expect(await hold(`pending:${idHash}`)).toMatchObject({ recordId: next.id })
  })

  test('When a crash left a request hold without its application, then a retry names it within the grace period and creates after it', async () => {
    const a = make.application()
    const ghost = make.uid('app')
    await leaveHold(`request:${a.requestKey}`, ghost, earlier(a.createdAt, 60_000))
    expect(await store.memberships.createApplication(a)).toEqual({ ok: false, reason: 'DUPLICATE_REQUEST', existingId: ghost })
    await holds().doc(`request:${a.requestKey}`).update({ at: earlier(a.createdAt, HOLD_GRACE_MS + 1000) })
    expect(await store.memberships.createApplication(a)).toEqual({ ok: true })
    expect(await store.memberships.getApplicationByRequestKey(a.requestKey)).toEqual(a)
  })

  test('When two applies race for a stale hold, then exactly one takes it over', async () => {
    const idHash = make.uid('idh')
    const racers = [make.application({ idHash }), make.application({ idHash })]
    await leaveHold(`pending:${idHash}`, make.uid('app'), earlier(racers[0].createdAt, HOLD_GRACE_MS + 1000))
    const results = await Promise.all(racers.map((a) => store.memberships.createApplication(a)))
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, reason: 'ALREADY_APPLIED' })
  })

  test('When a member leaves, then the person’s hold is removed and the number’s hold stays', async () => {
    const m = make.member()
    fake.requests.length = 0
    expect(await store.memberships.createMember(m)).toBe(true)
    expect(writes()).toEqual([start, 'insertDocument membership_holds', 'insertDocument membership_holds', 'insertDocument members', commit])
    expect(await store.memberships.updateMember({ ...m, status: 'suspended', version: 2 })).toBe(true)
    expect(await hold(`member:${m.idHash}`)).toMatchObject({ recordId: m.id })
    expect(await store.memberships.updateMember({ ...m, status: 'left', version: 3 })).toBe(true)
    expect(await hold(`member:${m.idHash}`)).toBeNull()
    expect(await hold(`memberNo:${m.memberNo}`)).toMatchObject({ recordId: m.id })
  })

  test('When a lost release left a person hold on a member who left, then a new member takes it over at once', async () => {
    const m = make.member({ status: 'left' })
    await store.memberships.createMember(m)
    await leaveHold(`member:${m.idHash}`, m.id, m.updatedAt)
    expect(await store.memberships.createMember(make.member({ idHash: m.idHash }))).toBe(true)
  })

  test('When a crash left a member-number hold without its member, then the number is free only after the grace period', async () => {
    const m = make.member()
    await leaveHold(`memberNo:${m.memberNo}`, make.uid('mem'), earlier(m.updatedAt, 1000))
    expect(await store.memberships.createMember(m)).toBe(false)
    // The refused create released the person hold it took.
    expect(await hold(`member:${m.idHash}`)).toBeNull()
    await holds().doc(`memberNo:${m.memberNo}`).update({ at: earlier(m.updatedAt, HOLD_GRACE_MS + 1000) })
    expect(await store.memberships.createMember(m)).toBe(true)
  })

  test('When a record is updated, then the SDK sends one conditional update with sub-documents set whole', async () => {
    const a = make.application()
    await store.memberships.createApplication(a)
    fake.requests.length = 0
    expect(await store.memberships.updateApplication({ ...a, overdue: true, version: 2 })).toBe(true)
    expect(fake.requests).toHaveLength(1)
    expect(fake.requests[0].body).toMatchObject({ action: 'database.modifyDocument', merge: true, upsert: false })
    expect(JSON.parse(String(fake.requests[0].body.query))).toEqual({ _id: a.id, version: { $numberInt: '1' } })
    const data = JSON.parse(String(fake.requests[0].body.data)) as { $set: Record<string, unknown> }
    expect(Object.keys(data.$set).every((k) => !k.includes('.'))).toBe(true)
    expect(Object.keys(data.$set)).toEqual(expect.arrayContaining(['consents', 'history']))
    const m = make.member()
    await store.memberships.createMember(m)
    fake.requests.length = 0
    expect(await store.memberships.updateMember({ ...m, workplace: { ...m.workplace, enterpriseId: null }, version: 2 })).toBe(true)
    const memberData = JSON.parse(String(fake.requests[0].body.data)) as { $set: Record<string, unknown> }
    expect(Object.keys(memberData.$set).every((k) => !k.includes('.'))).toBe(true)
    expect((await store.memberships.getMember(m.id))?.workplace.enterpriseId).toBeNull()
  })

  test('When the sequence is advanced, then each call is one atomic updateAndReturn with $inc; the counter is created on first use', async () => {
    fake.requests.length = 0
    expect(await store.memberships.nextMemberSeq()).toBe(1)
    expect(fake.requests.map((r) => r.action)).toEqual(['database.modifyAndReturnDoc', 'database.insertDocument', 'database.modifyAndReturnDoc'])
    fake.requests.length = 0
    expect(await store.memberships.nextMemberSeq()).toBe(2)
    expect(fake.requests).toHaveLength(1)
    expect(fake.requests[0].body).toMatchObject({ action: 'database.modifyAndReturnDoc', collectionName: 'counters' })
    expect(JSON.parse(String(fake.requests[0].body.query))).toEqual({ _id: 'memberSeq' })
    expect(JSON.parse(String(fake.requests[0].body.data))).toEqual({ $inc: { value: { $numberInt: '1' } } })
  })
})
