/**
 * The local host's stand-in for CloudBase custom login (development mode only). `account.desktopPoll` answers a
 * ticket of the same shape as CloudBase's (`<key id>/@@/<JWT>` with `uid`, `iat`, `exp` = iat + 10 min, `refresh`,
 * `expire`), signed here with HS256 under a key derived from the host's hash key instead of the console's RSA key.
 * `POST /dev/desktop-signin { ticket }` plays CloudBase's sign-in: it checks the ticket and answers the custom user
 * id, which the H5 development transport then sends as `x-dev-desktop-session`; the host maps that header through
 * the same session check as deployed functions (runtime/desktop-identity.ts).
 */
import { createHmac, timingSafeEqual } from 'node:crypto'
import type { TicketIssuer } from '../../cloudfunctions/_lib/runtime/custom-login'

export const LOCAL_KEY_ID = 'local'
/** A ticket must be exchanged within 10 minutes of issue, as CloudBase's. */
const TICKET_TTL_MS = 10 * 60_000
const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url')

export function localTicketKey(hashKey: Buffer): Buffer {
  return createHmac('sha256', hashKey).update('desktop-ticket').digest()
}

export function localTicketIssuer(key: Buffer, now: () => Date = () => new Date()): TicketIssuer {
  return {
    issue(uid, expiresAt) {
      const iat = now().getTime()
      const header = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))
      const payload = b64url(JSON.stringify({ alg: 'HS256', env: 'local', iat, exp: iat + TICKET_TTL_MS, uid, refresh: 3600_000, expire: expiresAt.getTime() }))
      const sig = createHmac('sha256', key).update(`${header}.${payload}`).digest('base64url')
      return `${LOCAL_KEY_ID}/@@/${header}.${payload}.${sig}`
    },
  }
}

/** The custom user id of a genuine, unexpired local ticket, else null. */
export function verifyLocalTicket(key: Buffer, ticket: unknown, now: Date): string | null {
  if (typeof ticket !== 'string') return null
  const [keyId, jwt, ...rest] = ticket.split('/@@/')
  if (keyId !== LOCAL_KEY_ID || !jwt || rest.length) return null
  const [header, payload, sig, ...more] = jwt.split('.')
  if (!header || !payload || !sig || more.length) return null
  const expected = createHmac('sha256', key).update(`${header}.${payload}`).digest()
  const given = Buffer.from(sig, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { uid?: unknown; exp?: unknown }
    return typeof claims.uid === 'string' && typeof claims.exp === 'number' && claims.exp > now.getTime() ? claims.uid : null
  } catch {
    return null
  }
}
