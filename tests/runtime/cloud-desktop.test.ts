/**
 * The deployed entry (`cloudMain`) of `account` as CloudBase runs it: deps from the environment, the real node-sdk
 * (→ the local fake of the TCB API, reached through the SDK's own TCB_CONTEXT_CNFG URL), and the caller read from the
 * platform context with `tcb.getCloudbaseContext`. A mini-program call carries WX_OPENID; a desktop signed in with
 * the custom-login ticket carries TCB_CUSTOM_USER_ID, which must map to the officer of a live session only.
 */
import { createVerify, generateKeyPairSync } from 'node:crypto'
import { openCloudbaseStore } from '../../cloudfunctions/_lib/store/cloudbase'
import { DEPLOY_STATE, UNIQUE_INDEXES_DOC, uniqueIndexSignatures } from '../../cloudfunctions/_lib/store/cloudbase/schema-gate'
import { createCollections } from '../../scripts/cloudbase-init'
import { startCloudbaseFake, type CloudbaseFake } from '../support/cloudbase-fake'

let fake: CloudbaseFake
let main: (event: Record<string, unknown>, context: unknown) => Promise<any>
let publicKey: ReturnType<typeof generateKeyPairSync>['publicKey']
const saved = { ...process.env }
const OFFICER = 'o-cloud-officer-1'

/** What the platform hands a function per call: its variables as JSON in `environment` (node-sdk parseContext). */
const context = (vars: Record<string, string>) => ({ request_id: 'req-1', environment: JSON.stringify(vars) })

beforeAll(async () => {
  fake = await startCloudbaseFake()
  await createCollections(fake.app)
  // What `npm run deploy` records once the unique indexes exist: deployed functions write only after it (schema-gate.ts).
  await fake.app.database().createCollection(DEPLOY_STATE).catch(() => undefined)
  await fake.app.database().collection(DEPLOY_STATE).add({ _id: UNIQUE_INDEXES_DOC, indexes: uniqueIndexSignatures() })
  const store = openCloudbaseStore(fake.app)
  await store.directory.upsertBatch({
    orgs: [{ id: 'c-town', name: '测试镇总工会', type: 'town', parentId: null, path: 'c-town', townId: 'c-town' } as never],
    enterprises: [],
    officers: [{ openid: OFFICER, orgId: 'c-town', role: 'officer', name: '测试干部' }],
  })
  const pair = generateKeyPairSync('rsa', { modulusLength: 2048 })
  publicKey = pair.publicKey
  Object.assign(process.env, {
    SCF_NAMESPACE: fake.env, // SYMBOL_CURRENT_ENV resolves to it
    TCB_CONTEXT_CNFG: JSON.stringify({ URL: `${fake.url}/admin` }),
    TENCENTCLOUD_SECRETID: 'fake-secret-id',
    TENCENTCLOUD_SECRETKEY: 'fake-secret-key',
    UNION_DATA_KEY: '11'.repeat(32),
    UNION_HASH_KEY: '22'.repeat(32),
    UNION_CUSTOM_LOGIN_KEY: JSON.stringify({ private_key_id: 'kid-1', private_key: pair.privateKey.export({ type: 'pkcs8', format: 'pem' }), env_id: fake.env }),
  })
  main = (await import('../../cloudfunctions/account')).main
})
afterAll(async () => {
  process.env = saved
  await fake.close()
})

test('When a desktop signs in through the QR flow, then its calls carrying the ticket\'s custom user id are the officer\'s', async () => {
  const start = await main({ action: 'desktopStart', device: 'Edge · Windows' }, context({ TCB_SOURCE_IP: '203.0.113.5' }))
  expect(start.ok).toBe(true)
  const { code, pollToken } = start.data
  expect((await main({ action: 'desktopConfirm', code }, context({ WX_OPENID: OFFICER }))).ok).toBe(true)
  const ready = await main({ action: 'desktopPoll', code, pollToken }, context({}))
  expect(ready.data.status).toBe('ready')

  // The ticket is node-sdk's: <key id>/@@/<RS256 JWT> for uid = the session id, verifiable with the key pair's public half.
  const [keyId, jwt] = String(ready.data.ticket).split('/@@/')
  const [h, p, sig] = jwt.split('.')
  expect(keyId).toBe('kid-1')
  expect(createVerify('RSA-SHA256').update(`${h}.${p}`).verify(publicKey, Buffer.from(sig, 'base64url'))).toBe(true)
  expect(JSON.parse(Buffer.from(p, 'base64url').toString()).uid).toBe(ready.data.sessionId)

  const me = await main({ action: 'me' }, context({ TCB_CUSTOM_USER_ID: ready.data.sessionId, LOGINTYPE: 'CUSTOM' }))
  expect(me.data).toMatchObject({ openid: OFFICER, officer: { orgId: 'c-town' } })
  const sessions = await main({ action: 'desktopSessions' }, context({ TCB_CUSTOM_USER_ID: ready.data.sessionId }))
  expect(sessions.data.items).toEqual([expect.objectContaining({ id: ready.data.sessionId, device: 'Edge · Windows', current: true })])
})

test('When the custom user id is unknown or is an openid, then the call has no identity', async () => {
  for (const id of ['01JUNKNOWNSESSION000000000', OFFICER]) {
    const out = await main({ action: 'me' }, context({ TCB_CUSTOM_USER_ID: id }))
    expect(out.error?.code).toBe('UNAUTHENTICATED')
  }
})
