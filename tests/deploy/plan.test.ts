/**
 * The deploy plan (scripts/deploy/plan.ts) and `npm run deploy -- --dry-run`, which prints it without credentials.
 */
import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'
import { FUNCTIONS as REGISTRY } from '../../cloudfunctions/registry'
import { uniqueIndexSignatures } from '../../cloudfunctions/_lib/store/cloudbase/schema-gate'
import { PLAN } from '../../scripts/deploy/plan'
import { planJson } from '../../scripts/deploy/render'

const root = resolve(__dirname, '../..')
/** The deploy script with no CloudBase credentials in its environment. */
function deploy(...args: string[]) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('TCB_'))) as NodeJS.ProcessEnv
  return spawnSync(process.execPath, [resolve(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/deploy.ts', ...args], { cwd: root, env, encoding: 'utf8', timeout: 60_000 })
}

test('When the plan is printed with --dry-run and no credentials, then it shows every collection, index, rule and function', () => {
  const run = deploy('--dry-run')
  expect(run.stderr).toBe('')
  expect(run.status).toBe(0)
  for (const c of PLAN.collections) expect(run.stdout).toContain(`\n  ${c.name}`)
  expect(run.stdout).toContain('UNIQUE index receiptHash_unique: receiptHash asc')
  expect(run.stdout).toContain('index inbox_recipient_id: kind asc, recipientKey asc, _id desc')
  expect(run.stdout).toContain('each with security rule ADMINONLY')
  expect(run.stdout).toContain(`write: ${JSON.stringify(PLAN.storage.rule.write)}`)
  expect(run.stdout).toContain('escalate: timeout 60 s, memory 256 MB')
  expect(run.stdout).toContain('timer minutely: 0 * * * * * *')
  expect(run.stdout).toContain('UNION_CARD_SIGNING_KEY (required)')
})

test('When deploying without credentials, then it stops before doing anything and says what to set', () => {
  const run = deploy()
  expect(run.status).toBe(2)
  expect(run.stderr).toContain('export TCB_ENV=<env id> TCB_SECRET_ID=<SecretId> TCB_SECRET_KEY=<SecretKey>')
})

test('When the plan is asked for as JSON, then it is the plan itself', () => {
  expect(JSON.parse(planJson(PLAN))).toEqual(JSON.parse(JSON.stringify(PLAN)))
})

test('When the adapter relies on a unique key, then the plan makes that index unique', () => {
  expect(uniqueIndexSignatures(PLAN.collections)).toEqual(
    expect.arrayContaining([
      'grievances.receiptHash_unique(receiptHash:1)',
      'grievances.requestKeys_unique(requestKeys:1)',
      'memberships.uMemberNo_unique(uMemberNo:1)',
      'enterprises.creditCode_unique(creditCode:1)',
      'memberships.uRequest_unique(uRequest:1)',
      'memberships.uPerson_unique(uPerson:1)',
      'memberships.uAccount_unique(uAccount:1)',
    ]),
  )
  const names = PLAN.collections.map((c) => c.name)
  expect(new Set(names).size).toBe(names.length)
})

test('When a case embeds its participants and messages (decisions 0021, 0024), then the plan has no collection of their own', () => {
  const names = PLAN.collections.map((c) => c.name)
  expect(names).toContain('grievances')
  for (const gone of ['grievance_participants', 'grievance_messages', 'grievance_message_requests']) expect(names).not.toContain(gone)
})

test('When a function is deployed, then the plan has it, and a function with a timer has a timer action (and only then)', () => {
  expect(PLAN.functions.map((f) => f.name).sort()).toEqual(Object.keys(REGISTRY).sort())
  for (const f of PLAN.functions) {
    expect([f.name, f.triggers.length > 0]).toEqual([f.name, REGISTRY[f.name].timerAction !== undefined])
    expect(f.env.map((v) => v.name)).toEqual(expect.arrayContaining(['UNION_DATA_KEY', 'UNION_HASH_KEY']))
  }
})
