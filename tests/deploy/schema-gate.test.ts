/**
 * A deployed function's writes wait for the record `npm run deploy` writes once it has verified the unique indexes
 * (schema-gate.ts): the production store on a gated app, through the real @cloudbase/node-sdk against the local fake.
 */
import type { CloudBase } from '@cloudbase/node-sdk'
import { memoryLogger } from '../../cloudfunctions/_lib/runtime/log'
import { openCloudbaseStore } from '../../cloudfunctions/_lib/store/cloudbase'
import { DEPLOY_STATE, gateWrites, RECHECK_MS, SETUP_INCOMPLETE, UNIQUE_INDEXES_DOC } from '../../cloudfunctions/_lib/store/cloudbase/schema-gate'
import { createCollections } from '../../scripts/cloudbase-init'
import { recordUniqueIndexes } from '../../scripts/deploy/apply'
import { PLAN } from '../../scripts/deploy/plan'
import { startCloudbaseFake, type CloudbaseFake } from '../support/cloudbase-fake'
import * as make from '../support/factories'

let fake: CloudbaseFake
beforeAll(async () => {
  fake = await startCloudbaseFake()
})
afterAll(() => fake.close())
beforeEach(async () => {
  fake.reset()
  await createCollections(fake.app)
})

const writesSent = () => fake.requests.filter((r) => /insert|modify|remove|Transaction/.test(r.action) && r.body.collectionName !== DEPLOY_STATE)
const stateReads = () => fake.requests.filter((r) => r.action === 'database.getDocument' && r.body.collectionName === DEPLOY_STATE)
const refused = { failure: expect.objectContaining({ code: SETUP_INCOMPLETE, message: '系统正在升级，暂时无法保存，请稍后再试' }) }

test('When the deploy has not recorded the unique indexes, then writes are refused with one log line naming them, and reads still work', async () => {
  const log = memoryLogger()
  const store = openCloudbaseStore(gateWrites(fake.app, { log }))
  const c = make.grievanceCase()
  await expect(store.grievances.create(c, make.participant({ caseId: c.id }))).rejects.toMatchObject(refused)
  await expect(store.quota.take('k', 'p', 3)).rejects.toMatchObject(refused)
  expect(await store.grievances.get(c.id)).toBeNull()
  expect(writesSent()).toEqual([])
  expect(log.entries).toHaveLength(1)
  expect(log.entries[0].message).toContain('refusing writes: unique indexes not verified by `npm run deploy`')
  expect(log.entries[0].fields?.missing).toEqual(expect.arrayContaining(['grievances.receiptHash_unique(receiptHash:1)', 'memberships.uMemberNo_unique(uMemberNo:1)']))
})

test('When the deploy has recorded them, then writes go through and the record is read once for the instance', async () => {
  await fake.app.database().createCollection(DEPLOY_STATE)
  await recordUniqueIndexes(fake.app, PLAN, new Date())
  const log = memoryLogger()
  const store = openCloudbaseStore(gateWrites(fake.app, { log }))
  for (let i = 0; i < 3; i++) {
    const c = make.grievanceCase()
    expect(await store.grievances.create(c, make.participant({ caseId: c.id }))).toBe(true)
  }
  expect(await store.quota.take('k', 'p', 3)).toBe(true)
  expect(stateReads()).toHaveLength(1)
  expect(log.entries).toEqual([])
})

test('When the record lacks an index the function relies on, then writes (and transactions) are refused and the line names it', async () => {
  await fake.app.database().createCollection(DEPLOY_STATE)
  const older = (await recordUniqueIndexes(fake.app, PLAN, new Date())).filter((s) => !s.startsWith('memberships.uMemberNo_unique'))
  await fake.app.database().collection(DEPLOY_STATE).doc(UNIQUE_INDEXES_DOC).set({ indexes: older })
  const log = memoryLogger()
  const app = gateWrites(fake.app, { log })
  await expect(app.database().runTransaction(async () => 'never')).rejects.toMatchObject(refused)
  await expect(app.database().collection('counters').where({ _id: 'x' }).updateAndReturn({ value: 1 })).rejects.toMatchObject(refused)
  expect(log.entries.map((e) => e.fields?.missing)).toEqual([['memberships.uMemberNo_unique(uMemberNo:1)']])
  expect(writesSent()).toEqual([])
})

test('When refused, then the instance asks again after RECHECK_MS, and writes once the deploy has recorded the indexes', async () => {
  let now = 0
  const log = memoryLogger()
  const store = openCloudbaseStore(gateWrites(fake.app, { log, now: () => now }))
  await expect(store.quota.take('k', 'p', 3)).rejects.toMatchObject(refused)
  await fake.app.database().createCollection(DEPLOY_STATE)
  await recordUniqueIndexes(fake.app, PLAN, new Date())
  now = RECHECK_MS - 1
  await expect(store.quota.take('k', 'p', 3)).rejects.toMatchObject(refused)
  expect(stateReads()).toHaveLength(1)
  now = RECHECK_MS
  expect(await store.quota.take('k', 'p', 3)).toBe(true)
  expect(stateReads()).toHaveLength(2)
})

/** The real app, except that the first read of the deploy record fails as a dropped connection does. */
function firstStateReadFails(app: CloudBase): CloudBase {
  let failures = 1
  const database = () => {
    const db = app.database()
    return new Proxy(db, {
      get: (d, prop) =>
        prop === 'collection'
          ? (name: string) =>
              name === DEPLOY_STATE && failures-- > 0
                ? { doc: () => ({ get: async () => Promise.reject(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })) }) }
                : d.collection(name)
          : Reflect.get(d, prop, d),
    })
  }
  return new Proxy(app, { get: (t, prop) => (prop === 'database' ? database : Reflect.get(t, prop, t)) })
}

test('When the record cannot be read, then that write fails with the read error and the next write asks again', async () => {
  await fake.app.database().createCollection(DEPLOY_STATE)
  await recordUniqueIndexes(fake.app, PLAN, new Date())
  const log = memoryLogger()
  const store = openCloudbaseStore(gateWrites(firstStateReadFails(fake.app), { log }))
  await expect(store.quota.take('k', 'p', 3)).rejects.toMatchObject({ code: 'ECONNRESET' })
  expect(await store.quota.take('k', 'p', 3)).toBe(true)
  expect(log.entries).toEqual([])
})
