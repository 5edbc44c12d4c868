/**
 * `npm run deploy`'s apply logic (scripts/deploy/apply.ts) against a small fake of the @cloudbase/manager-node
 * methods it calls (support/fake-manager.ts) — no live environment exists here — and the real node-sdk → local
 * CloudBase fake for the record of verified unique indexes that functions read.
 */
import { DEPLOY_STATE, UNIQUE_INDEXES_DOC, uniqueIndexSignatures } from '../../cloudfunctions/_lib/store/cloudbase/schema-gate'
import { applyPlan, DeployError, type ApplyDeps } from '../../scripts/deploy/apply'
import { PLAN } from '../../scripts/deploy/plan'
import { startCloudbaseFake, type CloudbaseFake } from '../support/cloudbase-fake'
import { emptyEnv, fakeManager, type FakeEnv } from './support/fake-manager'

let fake: CloudbaseFake
beforeAll(async () => {
  fake = await startCloudbaseFake()
})
afterAll(() => fake.close())
beforeEach(async () => {
  fake.reset()
  await fake.app.database().createCollection(DEPLOY_STATE)
})

const ROOT = '/repo/dist/functions'
const lines: string[] = []
const deps = (env: FakeEnv, more: Partial<ApplyDeps> = {}): ApplyDeps => ({
  manager: fakeManager(env),
  envId: 'env-test',
  app: fake.app,
  functionRoot: ROOT,
  log: (l) => lines.push(l),
  sleep: async () => {},
  now: () => new Date('2026-03-10T02:00:00Z'),
  ...more,
})
const record = async () => ((await fake.app.database().collection(DEPLOY_STATE).doc(UNIQUE_INDEXES_DOC).get()).data as unknown[])[0] ?? null
const SECRETS = { UNION_DATA_KEY: 'aa', UNION_HASH_KEY: 'bb' }

async function deployed(): Promise<FakeEnv> {
  const env = emptyEnv()
  await applyPlan(PLAN, deps(env))
  env.calls.length = 0
  return env
}

beforeEach(() => {
  lines.length = 0
})

test('When the environment is empty, then one run creates every collection, index, rule and function, and records the unique indexes', async () => {
  const env = emptyEnv()
  await applyPlan(PLAN, deps(env))
  expect([...env.collections.keys()].sort()).toEqual(PLAN.collections.map((c) => c.name).sort())
  for (const c of PLAN.collections) {
    expect(env.collections.get(c.name)).toEqual({ indexes: c.indexes.map((i) => ({ ...i, keys: i.keys.map((k) => [...k]) })), acl: 'ADMINONLY' })
  }
  expect(env.storage).toEqual({ acl: 'CUSTOM', rule: PLAN.storage.rule })
  for (const f of PLAN.functions) {
    expect(env.functions.get(f.name)).toMatchObject({ runtime: PLAN.runtime, timeout: f.timeout, memorySize: f.memorySize, root: ROOT, triggers: f.triggers.map(({ name, config }) => ({ name, config })) })
    expect(Object.keys(env.functions.get(f.name)!.env)).toEqual(f.env.map((v) => v.name))
  }
  expect(env.functions.get('grievance')!.env.UNION_DAILY_REPORT_LIMIT).toBe('10')
  expect(await record()).toMatchObject({ indexes: uniqueIndexSignatures(), verifiedAt: '2026-03-10T02:00:00.000Z' })
  expect(uniqueIndexSignatures()).toContain('grievances.receiptHash_unique(receiptHash:1)')
  // The record is written after the indexes and before any function exists.
  const order = env.calls.map((c) => c.split(' ')[0])
  expect(order.lastIndexOf('updateCollection')).toBeLessThan(order.indexOf('createFunction'))
  expect(lines.some((l) => l.startsWith('NOTE: card: set UNION_DATA_KEY, UNION_HASH_KEY, UNION_CARD_SIGNING_KEY in the console'))).toBe(true)
})

test('When it runs again on what it made, then only the code is uploaded', async () => {
  const env = await deployed()
  const { steps } = await applyPlan(PLAN, deps(env))
  expect(env.calls).toEqual(PLAN.functions.map((f) => `updateFunctionCode ${f.name}`))
  expect(steps).toBe(PLAN.functions.length)
})

test('When an index, a rule, a timeout and a timer differ, then only those are changed, and the secrets a function holds are kept', async () => {
  const env = await deployed()
  const grievances = env.collections.get('grievances')!
  grievances.indexes = grievances.indexes.map((i) => (i.name === 'receiptHash_unique' ? { ...i, unique: false } : i))
  grievances.indexes.push({ name: 'by_hand', keys: [['x', 1]], unique: false })
  env.collections.get('memberships')!.acl = 'READONLY'
  env.storage = { acl: 'READONLY' }
  Object.assign(env.functions.get('escalate')!, { timeout: 3, triggers: [{ name: 'hourly', config: '0 30 * * * * *' }, { name: 'old', config: '0 0 1 * * * *' }] })
  Object.assign(env.functions.get('card')!.env, SECRETS, { UNION_CARD_SIGNING_KEY: 'cc' })
  env.functions.get('escalate')!.env = { ...SECRETS, LEFTOVER: 'x' }

  await applyPlan(PLAN, deps(env))
  const changes = env.calls.filter((c) => !c.startsWith('updateFunctionCode'))
  expect(changes).toEqual([
    'updateCollection grievances -receiptHash_unique',
    'updateCollection grievances +receiptHash_unique',
    'ModifyDatabaseACL memberships ADMINONLY',
    'setStorageAcl CUSTOM',
    'updateFunctionConfig escalate',
    'deleteFunctionTrigger escalate hourly',
    'deleteFunctionTrigger escalate old',
    'createFunctionTriggers escalate hourly',
  ])
  expect(env.collections.get('grievances')!.indexes.find((i) => i.name === 'receiptHash_unique')!.unique).toBe(true)
  expect(env.collections.get('grievances')!.indexes.some((i) => i.name === 'by_hand')).toBe(true)
  expect(env.functions.get('escalate')).toMatchObject({ timeout: 60, env: SECRETS, triggers: [{ name: 'hourly', config: '0 0 * * * * *' }] })
  expect(env.functions.get('card')!.env).toEqual({ ...SECRETS, UNION_CARD_SIGNING_KEY: 'cc' })
  expect(lines).toContain('NOTE: index grievances.by_hand (x asc) is not in the plan: kept')
  expect(lines.find((l) => l.includes('update config of escalate'))).toContain('timeout 3 → 60 s; drops LEFTOVER (not in the plan)')
})

test('When a step fails, then the deploy stops there, names the step and the error, and runs nothing after it', async () => {
  const env = emptyEnv()
  env.failOn = (call) => (call === 'updateCollection memberships +uRequest_unique' ? { code: 'FailedOperation', message: 'E11000 duplicate key' } : undefined)
  const run = applyPlan(PLAN, deps(env))
  await expect(run).rejects.toBeInstanceOf(DeployError)
  await expect(run).rejects.toThrow(/deploy stopped at step \d+\/\d+, "create index memberships\.uRequest_unique \(uRequest asc\) UNIQUE": FailedOperation: E11000 duplicate key \(request req-fake\)/)
  expect(env.calls.at(-1)).toBe('createCollection memberships')
  expect(env.calls.some((c) => c.startsWith('createFunction') || c.startsWith('setStorageAcl') || c.includes('memberships +queue'))).toBe(false)
  expect(await record()).toBeNull()
})

test('When a new index is not listed after the database steps, then no function is touched and nothing is recorded', async () => {
  const env = emptyEnv()
  env.listAfterReads = Infinity
  await expect(applyPlan(PLAN, deps(env))).rejects.toThrow(/not listed as planned after the database steps: .*grievances\.receiptHash_unique/)
  expect(env.calls.some((c) => c.startsWith('createFunction'))).toBe(false)
  expect(await record()).toBeNull()
})

test('When a new index is listed only after a few reads, then the deploy waits for it and goes on', async () => {
  const env = emptyEnv()
  env.listAfterReads = 3
  await applyPlan(PLAN, deps(env))
  expect(await record()).toMatchObject({ indexes: uniqueIndexSignatures() })
  expect(env.functions.size).toBe(PLAN.functions.length)
})

test('When the environment cannot be read, then nothing is changed and the error says so', async () => {
  const manager = fakeManager(emptyEnv())
  manager.database.listCollections = async () => {
    throw Object.assign(new Error('CAM denied'), { code: 'AuthFailure.UnauthorizedOperation' })
  }
  await expect(applyPlan(PLAN, deps(emptyEnv(), { manager }))).rejects.toThrow('reading environment env-test failed, nothing was changed: AuthFailure.UnauthorizedOperation: CAM denied')
})

test('When only checking, then the steps are printed and nothing is changed', async () => {
  const env = emptyEnv()
  const { steps } = await applyPlan(PLAN, deps(env, { checkOnly: true }))
  expect(env.calls).toEqual([])
  expect(steps).toBeGreaterThan(PLAN.collections.length)
  expect(lines).toContain('1. create collection orgs')
  expect(await record()).toBeNull()
})
