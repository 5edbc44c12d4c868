/**
 * The grievance store contract on the CloudBase adapter (real @cloudbase/node-sdk → local fake of
 * the TCB API), then what only CloudBase shows: the case document with its participants (decision 0021) and messages
 * (decision 0024) embedded, create, join and a case change with its message as one request each, the unique multikey
 * index they rely on, and the conditional updates the SDK sends.
 */
import { openCloudbaseStore } from '../../cloudfunctions/_lib/store/cloudbase'
import { createCollections } from '../../scripts/cloudbase-init'
import { startCloudbaseFake, type CloudbaseFake } from '../support/cloudbase-fake'
import * as make from '../support/factories'
import { runGrievanceStoreContract } from './grievance-contract'

// Each create is a request through the SDK and HTTP: seeding 250 cases takes a while.
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

  const raw = (id: string) => fake.app.database().collection('grievances').doc(id).get()

  test('When a case is created, then it is one insert: the case document with its reporter embedded', async () => {
    const store = openCloudbaseStore(fake.app)
    const c = make.grievanceCase()
    const reporter = make.participant({ caseId: c.id })
    fake.requests.length = 0
    expect(await store.grievances.create(c, reporter)).toBe(true)
    // Before decision 0021: a transaction of two inserts (4 requests).
    expect(writes()).toEqual(['insertDocument grievances'])
    expect(fake.requests).toHaveLength(1)
    const [doc] = (await raw(c.id)).data as Array<Record<string, unknown>>
    expect(doc).toMatchObject({ requestKeys: [reporter.requestKey], participantKeys: [reporter.reporterKey] })
    expect(doc.participants).toEqual([
      {
        reporterKey: reporter.reporterKey, role: 'reporter', privacy: reporter.privacy, contactEnc: reporter.contactEnc,
        affectedCount: reporter.affectedCount, requestKey: reporter.requestKey, joinedAt: reporter.joinedAt, day: reporter.day,
      },
    ])
    // The case as the port returns it carries none of them, and neither does the wire for `get`.
    fake.requests.length = 0
    const got = (await store.grievances.get(c.id)) as unknown as Record<string, unknown>
    expect(got).not.toHaveProperty('participants')
    expect(got).not.toHaveProperty('requestKeys')
    expect(got).not.toHaveProperty('participantKeys')
    expect(JSON.stringify(fake.requests[0].body)).toContain('participants')
  })

  test('When the retried submission arrives, then its insert clashes on requestKeys and one read tells it from another clash', async () => {
    const store = openCloudbaseStore(fake.app)
    const c = make.grievanceCase()
    const reporter = make.participant({ caseId: c.id })
    await store.grievances.create(c, reporter)
    fake.requests.length = 0
    const retry = make.grievanceCase()
    expect(await store.grievances.create(retry, reporter)).toBe(false)
    expect(fake.requests.map((r) => r.action)).toEqual(['database.insertDocument', 'database.getDocument'])
    expect(await store.grievances.get(retry.id)).toBeNull()
  })

  test('When the case insert is refused by another unique index, then that error is thrown and nothing is written', async () => {
    const store = openCloudbaseStore(fake.app)
    const holder = make.grievanceCase()
    await store.grievances.create(holder, make.participant({ caseId: holder.id }))
    const clash = make.grievanceCase({ receiptHash: holder.receiptHash })
    const reporter = make.participant({ caseId: clash.id })
    await expect(store.grievances.create(clash, reporter)).rejects.toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' })
    expect((await raw(clash.id)).data).toEqual([])
    expect(await store.grievances.getByRequestKey(reporter.requestKey)).toBeNull()
    // The same request can come back with a fresh receipt.
    expect(await store.grievances.create({ ...clash, receiptHash: make.uid('rh') }, reporter)).toBe(true)
  })

  test('When a co-worker joins, then the SDK sends one conditional update: version, not yet on the case, the joiner pushed', async () => {
    const store = openCloudbaseStore(fake.app)
    const c = make.grievanceCase()
    const reporter = make.participant({ caseId: c.id })
    await store.grievances.create(c, reporter)
    const joiner = make.participant({ caseId: c.id, role: 'joiner' })
    fake.requests.length = 0
    expect(await store.grievances.join({ ...c, participantCount: 2, version: 2 }, joiner)).toBe('joined')
    expect(fake.requests).toHaveLength(1)
    expect(fake.requests[0].body).toMatchObject({ action: 'database.modifyDocument', merge: true, upsert: false })
    expect(JSON.parse(String(fake.requests[0].body.query))).toEqual({ _id: c.id, version: { $numberInt: '1' }, participantKeys: { $ne: joiner.reporterKey } })
    const [doc] = (await raw(c.id)).data as Array<Record<string, unknown>>
    expect(doc).toMatchObject({ requestKeys: [reporter.requestKey, joiner.requestKey], participantKeys: [reporter.reporterKey, joiner.reporterKey], participantCount: 2, version: 2 })
  })

  test('When a case is saved with a message, then the SDK sends one conditional update: the case set, the message pushed onto its thread', async () => {
    const store = openCloudbaseStore(fake.app)
    const c = make.grievanceCase({ status: 'awaiting_info' })
    const reporter = make.participant({ caseId: c.id })
    await store.grievances.create(c, reporter)
    const answer = make.caseMessage({ caseId: c.id, from: 'worker', orgId: null, senderKey: reporter.reporterKey, kind: 'info_reply', requestKey: make.uid('rq') })
    fake.requests.length = 0
    expect(await store.grievances.updateWithMessage({ ...c, status: 'accepted', version: 2 }, answer)).toBe(true)
    // Before decision 0024: the case update, then the request key's hold and the message (3 writes).
    expect(writes()).toEqual(['modifyDocument grievances'])
    expect(fake.requests).toHaveLength(1)
    expect(JSON.parse(String(fake.requests[0].body.query))).toEqual({ _id: c.id, version: { $numberInt: '1' }, messageRequestKeys: { $ne: answer.requestKey } })
    const [doc] = (await raw(c.id)).data as Array<Record<string, unknown>>
    expect(doc).toMatchObject({ status: 'accepted', version: 2, messageRequestKeys: [answer.requestKey] })
    // Embedded without its caseId (the case is the document); the reporter's key stays on the server.
    expect(doc.messages).toEqual([{ id: answer.id, at: answer.at, from: 'worker', orgId: null, senderKey: reporter.reporterKey, kind: 'info_reply', text: answer.text, attachments: [], requestKey: answer.requestKey }])
    // A plain message is one conditional push too.
    fake.requests.length = 0
    expect(await store.grievances.addMessage(make.caseMessage({ caseId: c.id }))).toBe(true)
    expect(writes()).toEqual(['modifyDocument grievances'])
    expect(fake.requests).toHaveLength(1)
  })

  test('When a case is read for an action, then the thread is left out on the wire; the conversation view reads it with the case in one request', async () => {
    const store = openCloudbaseStore(fake.app)
    const c = make.grievanceCase()
    const reporter = make.participant({ caseId: c.id })
    await store.grievances.create(c, reporter)
    const m = make.caseMessage({ caseId: c.id })
    await store.grievances.addMessage(m)
    fake.requests.length = 0
    expect(await store.grievances.getWithParticipants(c.id)).toEqual({ c, participants: [reporter] })
    expect(await store.grievances.get(c.id)).toEqual(c)
    for (const r of fake.requests) expect(JSON.parse(String(r.body.projection))).toMatchObject({ messages: { $numberInt: '0' }, messageRequestKeys: { $numberInt: '0' } })
    fake.requests.length = 0
    expect(await store.grievances.getWithMessages(c.id, undefined, 10)).toEqual({ c, participants: [reporter], messages: { items: [m], next: null } })
    expect(fake.requests).toHaveLength(1)
  })

  test('When documents share an element of a unique array field, then the fake refuses the second (multikey), on insert and on update', async () => {
    const cases = fake.app.database().collection('grievances')
    await cases.add({ _id: 'a', receiptHash: 'ra', requestKeys: ['k1', 'k2'] })
    // The same element twice in one document is no clash.
    await cases.add({ _id: 'b', receiptHash: 'rb', requestKeys: ['k3', 'k3'] })
    await expect(cases.add({ _id: 'c', receiptHash: 'rc', requestKeys: ['k4', 'k2'] })).rejects.toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' })
    const _ = fake.app.database().command
    await expect(cases.where({ _id: 'b' }).update({ requestKeys: _.push({ each: ['k1'] }) })).rejects.toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' })
    expect(await cases.where({ _id: 'b' }).update({ requestKeys: _.push({ each: ['k5'] }) })).toMatchObject({ updated: 1 })
    expect(((await cases.doc('b').get()).data as Array<Record<string, unknown>>)[0].requestKeys).toEqual(['k3', 'k3', 'k5'])
    expect(((await cases.doc('c').get()).data as unknown[])).toEqual([])
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
