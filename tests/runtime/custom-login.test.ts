/**
 * runtime/custom-login.ts: desktop sign-in tickets made by node-sdk's own `auth().createTicket` with a key pair made
 * here (the console's key file has the same shape), checked as CloudBase would: `<key id>/@@/<JWT>`, RS256 over
 * `header.payload` verified with the public key by node:crypto, and the claims.
 */
import { createVerify, generateKeyPairSync } from 'node:crypto'
import { customLoginKeyFromEnv, sdkTicketIssuer, type CustomLoginKey } from '../../cloudfunctions/_lib/runtime/custom-login'
import { localTicketIssuer, localTicketKey, verifyLocalTicket } from '../../scripts/host/desktop-login'

// Off Tencent Cloud the SDK probes a metadata address at init; this is the SDK's own switch to skip it (as the fake does).
process.env.TENCENTCLOUD = 'true'

function keyPair(env_id = 'union-test-1a2b') {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const key: CustomLoginKey = { private_key_id: 'kid-0001', private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), env_id }
  return { key, publicKey }
}
const part = (s: string) => JSON.parse(Buffer.from(s, 'base64url').toString('utf8'))

test('When a ticket is made for a session, then it is the key id and an RS256 JWT for that uid that the public key verifies', () => {
  const { key, publicKey } = keyPair()
  const expiresAt = new Date(Date.now() + 12 * 3600_000)
  const before = Date.now()
  const ticket = sdkTicketIssuer(key, 'union-test-1a2b').issue('01JSESSION0000000000000000', expiresAt)

  const [keyId, jwt] = ticket.split('/@@/')
  expect(keyId).toBe('kid-0001')
  const [header, payload, signature] = jwt.split('.')
  expect(part(header)).toMatchObject({ alg: 'RS256', typ: 'JWT' })
  const verifier = createVerify('RSA-SHA256').update(`${header}.${payload}`)
  expect(verifier.verify(publicKey, Buffer.from(signature, 'base64url'))).toBe(true)
  const claims = part(payload)
  expect(claims).toMatchObject({ uid: '01JSESSION0000000000000000', env: 'union-test-1a2b', refresh: 3600_000, expire: expiresAt.getTime() })
  expect(claims.iat).toBeGreaterThanOrEqual(before)
  expect(claims.exp - claims.iat).toBe(10 * 60_000)

  // Negative control: another key pair's public key does not verify it.
  const other = keyPair().publicKey
  expect(createVerify('RSA-SHA256').update(`${header}.${payload}`).verify(other, Buffer.from(signature, 'base64url'))).toBe(false)
})

test('When the key file belongs to another environment, then the SDK refuses to make a ticket', () => {
  const { key } = keyPair('some-other-env')
  expect(() => sdkTicketIssuer(key, 'union-test-1a2b').issue('01JSESSION0000000000000000', new Date())).toThrow(/环境不一致/)
})

test('When UNION_CUSTOM_LOGIN_KEY is missing or not the key file, then the function refuses to start', () => {
  expect(() => customLoginKeyFromEnv({})).toThrow(/UNION_CUSTOM_LOGIN_KEY/)
  expect(() => customLoginKeyFromEnv({ UNION_CUSTOM_LOGIN_KEY: 'not json' })).toThrow(/key file/)
  expect(() => customLoginKeyFromEnv({ UNION_CUSTOM_LOGIN_KEY: '{"private_key_id":"k"}' })).toThrow(/env_id/)
  const { key } = keyPair()
  expect(customLoginKeyFromEnv({ UNION_CUSTOM_LOGIN_KEY: JSON.stringify({ ...key, extra: 1 }) })).toEqual(key)
})

test('When the local host makes a stand-in ticket, then it has the same shape and only its own key, unexpired, accepts it', () => {
  const key = localTicketKey(Buffer.alloc(32, 7))
  const now = new Date('2026-03-10T10:00:00+08:00')
  const ticket = localTicketIssuer(key, () => now).issue('01JSESSION0000000000000000', new Date(now.getTime() + 3600_000))
  expect(ticket).toMatch(/^local\/@@\/[\w-]+\.[\w-]+\.[\w-]+$/)
  expect(verifyLocalTicket(key, ticket, now)).toBe('01JSESSION0000000000000000')
  expect(verifyLocalTicket(key, ticket, new Date(now.getTime() + 10 * 60_000))).toBeNull() // 10 minutes to sign in, as CloudBase
  expect(verifyLocalTicket(localTicketKey(Buffer.alloc(32, 8)), ticket, now)).toBeNull()
  const [head, jwt] = ticket.split('/@@/')
  const [h, p, s] = jwt.split('.')
  const forged = Buffer.from(JSON.stringify({ ...part(p), uid: '01JOTHERSESSION00000000000' })).toString('base64url')
  expect(verifyLocalTicket(key, `${head}/@@/${h}.${forged}.${s}`, now)).toBeNull()
})
