/**
 * The CloudBase adapter through the real @cloudbase/node-sdk, against a local fake of the TCB
 * HTTP API (tests/support/cloudbase-fake): the shared contract, then what only CloudBase has —
 * the 100/1,000 query limits, the unique index, paging past 1,000 matches, batch writes in transactions
 * (and their chunking past TX_DOCS), and the collections script.
 */
import { openCloudbaseStore } from '../../cloudfunctions/_lib/store/cloudbase'
import { COLLECTIONS } from '../../cloudfunctions/_lib/store/cloudbase/collections'
import { TX_DOCS } from '../../cloudfunctions/_lib/store/cloudbase/directory-batch'
import { AppError } from '../../cloudfunctions/_lib/runtime/result'
import { createCollections, STORAGE_RULE } from '../../scripts/cloudbase-init'
import { ServiceError, startCloudbaseFake, type CloudbaseFake } from '../support/cloudbase-fake'
import * as make from '../support/factories'
import { runStoreContract } from './contract'

runStoreContract(
  'CloudBase store (node-sdk → local fake)',
  async () => {
    const fake = await startCloudbaseFake()
    await createCollections(fake.app)
    return { store: openCloudbaseStore(fake.app), cleanup: () => fake.close() }
  },
  { atomicBatch: true },
)

const noRecords = { orgs: [], enterprises: [], officers: [] }

describe('CloudBase specifics (real SDK, local fake)', () => {
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

  /** The `limit` of every where-query the SDK sent to a collection (doc(id).get() sends none). */
  const sentLimits = (collection: string) =>
    fake.requests
      .filter((r) => r.action === 'database.getDocument' && r.body.queryType === 'WHERE' && r.body.collectionName === collection)
      .map((r) => r.body.limit)

  test('When a query has no limit, then 100 documents come back; when it asks 5,000, then the SDK sends 1,000 and 1,000 come back', async () => {
    const db = fake.app.database()
    await db.createCollection('scratch')
    await db.collection('scratch').add(Array.from({ length: 1200 }, (_, i) => ({ n: i })))
    expect((await db.collection('scratch').get()).data).toHaveLength(100)
    expect((await db.collection('scratch').limit(5000).get()).data).toHaveLength(1000)
    expect(sentLimits('scratch')).toEqual([100, 1000])
  })

  test('When a caller bypasses the SDK and asks 5,000 documents, then the fake still returns at most 1,000', async () => {
    const db = fake.app.database()
    await db.createCollection('scratch')
    await db.collection('scratch').add(Array.from({ length: 1200 }, (_, i) => ({ n: i })))
    const res = await fetch(`${fake.url}/admin`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'database.getDocument', envName: fake.env, collectionName: 'scratch', limit: 5000 }),
    })
    const body = (await res.json()) as { data: { list: string[] } }
    expect(body.data.list).toHaveLength(1000)
  })

  test('When a write would repeat a credit code, then the unique index answers DATABASE_DUPLICATE_WRITE and nothing changes', async () => {
    const enterprises = fake.app.database().collection('enterprises')
    const code = make.creditCode()
    await enterprises.doc('e-1').set({ name: '甲', creditCode: code })
    await enterprises.doc('e-2').set({ name: '乙', creditCode: make.creditCode() })
    await expect(enterprises.doc('e-2').set({ name: '乙', creditCode: code })).rejects.toMatchObject({
      code: 'DATABASE_DUPLICATE_WRITE',
    })
    await expect(enterprises.add({ _id: 'e-3', creditCode: code })).rejects.toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' })
    expect((await enterprises.doc('e-2').get()).data[0].name).toBe('乙')
    expect((await enterprises.doc('e-3').get()).data).toEqual([])
  })

  test('When two batches race for one credit code past the pre-check, then the unique index turns the loser into CONFLICT', async () => {
    const store = openCloudbaseStore(fake.app)
    const code = make.creditCode()
    const [a, b] = [make.enterprise({ creditCode: code }), make.enterprise({ creditCode: code })]
    // Both pre-checks are in flight before either write: each sees the code free.
    const results = await Promise.allSettled([
      store.directory.upsertBatch({ ...noRecords, enterprises: [a] }),
      store.directory.upsertBatch({ ...noRecords, enterprises: [b] }),
    ])
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')
    expect(rejected).toHaveLength(1)
    expect(rejected[0].reason).toBeInstanceOf(AppError)
    expect((rejected[0].reason as AppError).failure).toMatchObject({ code: 'CONFLICT', fields: { 'enterprises.0.creditCode': expect.any(String) } })
    expect((await store.directory.getEnterpriseByCreditCode(code))?.id).toBe(results[0].status === 'fulfilled' ? a.id : b.id)
  })

  test('When 1,050 orgs lie below a town, then the adapter pages through all of them 100 at a time', async () => {
    const store = openCloudbaseStore(fake.app)
    const town = make.town()
    const children = Array.from({ length: 1050 }, () => make.childOrg(town))
    // Seeded in one insert (the adapter's own batch path is tested below).
    const { id: _id, ...fields } = town
    await fake.app.database().collection('orgs').add([
      { _id, ...fields },
      ...children.map(({ id, ...rest }) => ({ _id: id, ...rest })),
    ])
    fake.requests.length = 0
    const seen: string[] = []
    let after: string | undefined
    do {
      const page = await store.directory.listOrgsBelow(town.id, after, 100)
      seen.push(...page.items.map((o) => o.id))
      after = page.next ?? undefined
    } while (after)
    expect(seen).toEqual(children.map((c) => c.id).sort())
    expect(sentLimits('orgs')).toEqual(Array(11).fill(100))
  })

  test('When more than 1,000 towns exist, then listTowns reads past the 1,000-document cap', async () => {
    const store = openCloudbaseStore(fake.app)
    const towns = Array.from({ length: 1005 }, () => make.town())
    await fake.app.database().collection('orgs').add(towns.map(({ id, ...rest }) => ({ _id: id, ...rest })))
    fake.requests.length = 0
    const listed = await store.directory.listTowns()
    expect(listed.map((t) => t.id)).toEqual(towns.map((t) => t.id).sort())
    expect(listed[0]).toEqual(towns.find((t) => t.id === listed[0].id))
    expect(sentLimits('orgs')).toEqual([1000, 1000])
  })

  test('When a batch of 45 is written, then it is one transaction of 45 idempotent sets, with progress at its commit', async () => {
    const store = openCloudbaseStore(fake.app)
    const officers = Array.from({ length: 45 }, () => make.officer())
    const calls: Array<[number, number]> = []
    fake.requests.length = 0
    await store.directory.upsertBatch({ ...noRecords, officers }, (done, total) => calls.push([done, total]))
    expect(calls).toEqual([[45, 45]])
    expect(fake.requests.map((r) => r.action)).toEqual([
      'database.startTransaction',
      ...Array(45).fill('database.modifyDocument'),
      'database.commitTransaction',
    ])
    const writes = fake.requests.filter((r) => r.action === 'database.modifyDocument')
    expect(writes.every((w) => w.body.upsert === true && w.body.merge === false && w.body.queryType === 'DOC')).toBe(true)
    expect(new Set(writes.map((w) => w.body.transactionId)).size).toBe(1)
    // Running the same batch again changes nothing: an interrupted import is simply re-run.
    await store.directory.upsertBatch({ ...noRecords, officers })
    expect((await store.officers.listByOrg(officers[0].orgId, undefined, 10)).items).toEqual([officers[0]])
  })

  test('When a batch is larger than one transaction and the second fails, then the first stays whole, the error says so, and a re-run completes it', async () => {
    const store = openCloudbaseStore(fake.app)
    const officers = Array.from({ length: TX_DOCS + 3 }, () => make.officer())
    let starts = 0
    fake.hooks.onRequest = (action) => {
      if (action === 'database.startTransaction' && ++starts === 2) throw new ServiceError('SYS_ERR', 'injected: network lost')
    }
    const calls: Array<[number, number]> = []
    const error = await store.directory.upsertBatch({ ...noRecords, officers }, (done, total) => calls.push([done, total])).catch((e: Error) => e)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toBe(`directory batch: ${TX_DOCS} of ${TX_DOCS + 3} records written, the rest not; run the same batch again`)
    expect(calls).toEqual([[TX_DOCS, TX_DOCS + 3]])
    expect(await store.officers.get(officers[TX_DOCS - 1].openid)).toEqual(officers[TX_DOCS - 1])
    expect(await store.officers.get(officers[TX_DOCS].openid)).toBeNull()
    fake.hooks.onRequest = undefined
    await store.directory.upsertBatch({ ...noRecords, officers })
    expect(await store.officers.get(officers[TX_DOCS + 2].openid)).toEqual(officers[TX_DOCS + 2])
  }, 30_000)

  test('When an invite is redeemed, then the SDK sends one conditional update on _id and redeemedBy null', async () => {
    const store = openCloudbaseStore(fake.app)
    const invite = make.invite()
    await store.invites.create(invite)
    await expect(store.invites.create(invite)).rejects.toMatchObject({ failure: { code: 'CONFLICT' } })
    fake.requests.length = 0
    expect(await store.invites.markRedeemed(invite.code, 'openid-1', '2026-03-03T10:00:00+08:00')).toBe(true)
    expect(fake.requests).toHaveLength(1)
    expect(fake.requests[0].body).toMatchObject({ action: 'database.modifyDocument', merge: true, upsert: false })
    expect(JSON.parse(String(fake.requests[0].body.query))).toEqual({ _id: invite.code, redeemedBy: null })
  })

  test('When a search holds regex characters, then they match literally', async () => {
    const store = openCloudbaseStore(fake.app)
    const word = make.uniqueHan()
    const e = make.enterprise({ name: `义乌${word}A+B(集团).*有限公司` })
    await store.directory.upsertBatch({ ...noRecords, enterprises: [e, make.enterprise({ name: `义乌${word}AAB集团有限公司` })] })
    expect((await store.directory.searchEnterprises(`${word}a+b(集团).*`, undefined, undefined, 20)).items).toEqual([e])
    expect((await store.directory.searchEnterprises('[', undefined, undefined, 20)).items).toEqual([])
  })

  test('When a collection was never created, then the service answers DATABASE_COLLECTION_NOT_EXIST', async () => {
    fake.reset()
    await expect(openCloudbaseStore(fake.app).officers.get('x')).rejects.toMatchObject({ code: 'DATABASE_COLLECTION_NOT_EXIST' })
  })
})

describe('scripts/cloudbase-init', () => {
  let fake: CloudbaseFake
  beforeAll(async () => {
    fake = await startCloudbaseFake()
  })
  afterAll(() => fake.close())

  test('When run twice, then the first run creates every collection and the second keeps them', async () => {
    const names = COLLECTIONS.map((c) => c.name)
    expect(await createCollections(fake.app)).toEqual({ created: names, existing: [] })
    expect(fake.collections().sort()).toEqual([...names].sort())
    expect(await createCollections(fake.app)).toEqual({ created: [], existing: names })
  })

  test('When the storage rule is read, then clients read nothing and may write only under private/incoming/', () => {
    const rule = JSON.parse(STORAGE_RULE) as { read: boolean; write: string }
    expect(rule.read).toBe(false)
    const literal = /\/\^(.+)\/\.test\(resource\.path\) == true$/.exec(rule.write)![1] // the rule's regex, as its parser reads it
    const paths = new RegExp(`^${literal}`)
    expect(paths.test('private/incoming/01J0-00ff.jpg')).toBe(true)
    for (const other of ['private/evidence/01J0-00ff.jpg', 'incoming/x.jpg', 'x/private/incoming/y.jpg']) expect(paths.test(other)).toBe(false)
    // Signed-in mini-program users (openid) and desktop officers (custom login); never anonymous web visitors.
    expect(rule.write.startsWith("(auth.openid != null || auth.loginType == 'CUSTOM') && ")).toBe(true)
    expect(rule.write).not.toMatch(/ANONYMOUS|auth\.uid != null/)
  })
})
