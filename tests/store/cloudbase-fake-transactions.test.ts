/**
 * The fake's transactions, driven through the real @cloudbase/node-sdk (db.startTransaction /
 * runTransaction): what the SDK sends, buffered writes, conflicts at write and at commit, unique indexes
 * at commit, abort, and the platform's single-document rule. docs/cloudbase.md, "Transactions".
 */
import { createCollections } from '../../scripts/cloudbase-init'
import { startCloudbaseFake, type CloudbaseFake } from '../support/cloudbase-fake'
import * as make from '../support/factories'

type Db = ReturnType<CloudbaseFake['app']['database']>
type Tx = Awaited<ReturnType<Db['startTransaction']>>

describe('CloudBase fake: transactions (real SDK)', () => {
  let fake: CloudbaseFake
  let db: Db
  beforeAll(async () => {
    fake = await startCloudbaseFake()
  })
  afterAll(() => fake.close())
  beforeEach(async () => {
    fake.reset()
    await createCollections(fake.app)
    db = fake.app.database()
    await db.createCollection('scratch')
  })

  const read = async (collection: string, id: string) => ((await db.collection(collection).doc(id).get()).data as unknown[])[0] ?? null

  test('When a transaction adds, sets, updates and removes, then nothing shows outside before commit and all of it after', async () => {
    await db.collection('scratch').add([{ _id: 'b', n: 1 }, { _id: 'c', n: 1 }, { _id: 'd', n: 1 }])
    fake.requests.length = 0
    const tx: Tx = await db.startTransaction()
    await tx.collection('scratch').add({ _id: 'a', n: 1 })
    await tx.collection('scratch').doc('b').set({ n: 2 })
    await tx.collection('scratch').doc('c').update({ n: db.command.inc(5) })
    await tx.collection('scratch').doc('d').remove()
    // Inside: its own writes; outside: the committed state.
    expect((await tx.collection('scratch').doc('c').get()).data).toEqual({ _id: 'c', n: 6 })
    expect((await tx.collection('scratch').doc('d').get()).data).toBeNull()
    expect([await read('scratch', 'a'), await read('scratch', 'c')]).toEqual([null, { _id: 'c', n: 1 }])
    await tx.commit()
    expect(await read('scratch', 'a')).toEqual({ _id: 'a', n: 1 })
    expect(await read('scratch', 'b')).toEqual({ _id: 'b', n: 2 })
    expect(await read('scratch', 'c')).toEqual({ _id: 'c', n: 6 })
    expect(await read('scratch', 'd')).toBeNull()
    const sent = fake.requests.slice(0, 7)
    expect(sent.map((r) => r.action.replace('database.', ''))).toEqual([
      'startTransaction', 'insertDocument', 'modifyDocument', 'modifyDocument', 'removeDocument', 'getDocument', 'getDocument',
    ])
    expect(sent.slice(1).every((r) => typeof r.body.transactionId === 'string')).toBe(true)
    expect(fake.requests.find((r) => r.action === 'database.commitTransaction')?.body.transactionId).toBe(sent[1].body.transactionId)
    expect(fake.transactions.open()).toBe(0)
  })

  test('When a document the transaction read is changed outside before commit, then the commit conflicts and applies nothing', async () => {
    await db.collection('scratch').add({ _id: 'x', n: 1 })
    const tx: Tx = await db.startTransaction()
    expect((await tx.collection('scratch').doc('x').get()).data).toEqual({ _id: 'x', n: 1 })
    await tx.collection('scratch').add({ _id: 'y', n: 1 })
    await db.collection('scratch').doc('x').update({ n: 2 })
    // The snapshot the transaction took stays what it reads.
    expect((await tx.collection('scratch').doc('x').get()).data).toEqual({ _id: 'x', n: 1 })
    await expect(tx.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' })
    expect(await read('scratch', 'y')).toBeNull()
    // The conflict ended it.
    await expect(tx.collection('scratch').doc('x').get()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL' })
  })

  test('When a document changes outside after the transaction started, then the transaction reads it as it was and writing it conflicts at once', async () => {
    await db.collection('scratch').add({ _id: 's', n: 1 })
    const tx: Tx = await db.startTransaction()
    await tx.collection('scratch').add({ _id: 'other' })
    await db.collection('scratch').doc('s').update({ n: 2 })
    await db.collection('scratch').add({ _id: 'late' })
    expect((await tx.collection('scratch').doc('s').get()).data).toEqual({ _id: 's', n: 1 })
    expect((await tx.collection('scratch').doc('late').get()).data).toBeNull()
    await expect(tx.collection('scratch').doc('s').update({ n: 3 })).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' })
    expect(await read('scratch', 'other')).toBeNull()
  })

  test('When a document is inserted outside after the transaction saw it missing, then the commit conflicts', async () => {
    const tx: Tx = await db.startTransaction()
    await tx.collection('scratch').add({ _id: 'z', by: 'tx' })
    await db.collection('scratch').add({ _id: 'z', by: 'outside' })
    await expect(tx.commit()).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' })
    expect(await read('scratch', 'z')).toEqual({ _id: 'z', by: 'outside' })
  })

  test('When a second transaction writes a document the first has written, then it fails at once; runTransaction retries it after the first commits', async () => {
    await db.collection('scratch').add({ _id: 'k', by: 'nobody' })
    const first: Tx = await db.startTransaction()
    await first.collection('scratch').doc('k').set({ by: 'first' })
    const second: Tx = await db.startTransaction()
    await expect(second.collection('scratch').doc('k').set({ by: 'second' })).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' })
    let attempts = 0
    const run = db.runTransaction(async (tx: Tx) => {
      attempts++
      if (attempts === 2) await first.commit()
      await tx.collection('scratch').doc('k').update({ seen: true })
    })
    await run
    // Run 2 started before the first committed: its snapshot is older than k, so writing k conflicts (run 3 succeeds).
    expect(attempts).toBe(3)
    expect(await read('scratch', 'k')).toEqual({ _id: 'k', by: 'first', seen: true })
  })

  test('When a transaction is rolled back or its lifetime runs out, then its writes are discarded and its locks released', async () => {
    const tx: Tx = await db.startTransaction()
    await tx.collection('scratch').add({ _id: 'r' })
    await tx.rollback(undefined)
    expect(await read('scratch', 'r')).toBeNull()
    const abandoned: Tx = await db.startTransaction()
    await abandoned.collection('scratch').add({ _id: 'r' })
    expect(fake.transactions.open()).toBe(1)
    fake.transactions.expire()
    await db.runTransaction(async (t: Tx) => {
      await t.collection('scratch').add({ _id: 'r', n: 2 })
    })
    expect(await read('scratch', 'r')).toEqual({ _id: 'r', n: 2 })
  })

  test('When a unique key is taken outside after the transaction wrote it, then the commit answers DATABASE_DUPLICATE_WRITE and applies nothing', async () => {
    const code = make.creditCode()
    const tx: Tx = await db.startTransaction()
    await tx.collection('enterprises').doc('e-1').set({ name: '甲', creditCode: code })
    await tx.collection('orgs').doc('o-1').set({ name: '乙' })
    await db.collection('enterprises').doc('e-2').set({ name: '丙', creditCode: code })
    await expect(tx.commit()).rejects.toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' })
    expect([await read('enterprises', 'e-1'), await read('orgs', 'o-1')]).toEqual([null, null])
  })

  test('When two transactions write the same unique key, then the second fails at once with a conflict; a duplicate against committed data is DATABASE_DUPLICATE_WRITE', async () => {
    const code = make.creditCode()
    const first: Tx = await db.startTransaction()
    await first.collection('enterprises').doc('e-1').set({ creditCode: code })
    const second: Tx = await db.startTransaction()
    await expect(second.collection('enterprises').doc('e-2').set({ creditCode: code })).rejects.toMatchObject({
      code: 'DATABASE_TRANSACTION_CONFLICT',
    })
    await first.commit()
    const third: Tx = await db.startTransaction()
    await expect(third.collection('enterprises').doc('e-3').set({ creditCode: code })).rejects.toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' })
    await expect(third.collection('enterprises').add({ _id: 'e-1' })).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL' })
  })

  test('When a transaction sends a where-query or a multi-document insert, then the fake refuses it and ends the transaction', async () => {
    for (const step of [
      (tx: Tx) => tx.collection('scratch').where({ n: 1 }).get(),
      (tx: Tx) => tx.collection('scratch').add([{ n: 1 }, { n: 2 }]),
    ]) {
      const tx: Tx = await db.startTransaction()
      await expect(step(tx)).rejects.toMatchObject({ code: 'FAKE_NOT_SINGLE_DOCUMENT' })
      expect(fake.transactions.open()).toBe(0)
    }
  })

  test('When a where-update is called on a transaction, then the SDK sends it without the transaction: applied at once, not rolled back', async () => {
    await db.collection('scratch').add({ _id: 'w', n: 1 })
    const tx: Tx = await db.startTransaction()
    fake.requests.length = 0
    await tx.collection('scratch').where({ _id: 'w' }).update({ n: 2 })
    await tx.rollback(undefined)
    expect(fake.requests[0].body.transactionId).toBeUndefined()
    expect(await read('scratch', 'w')).toEqual({ _id: 'w', n: 2 })
  })
})
