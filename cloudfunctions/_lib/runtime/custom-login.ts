/**
 * CloudBase custom-login tickets for desktop sign-in. A ticket is `<private_key_id>/@@/<RS256 JWT>` signed with the
 * environment's custom-login private key (node-sdk `auth().createTicket`); the desktop exchanges it with
 * `signInWithCustomTicket` and is then the CloudBase user whose custom id is the ticket's `uid` (a desktop session id).
 * Only the `account` function holds the key (UNION_CUSTOM_LOGIN_KEY: the JSON key file from the console).
 */
import tcb from '@cloudbase/node-sdk'

export type TicketIssuer = {
  /** A ticket for custom user `uid`, the login state ending at `expiresAt`. */
  issue(uid: string, expiresAt: Date): string
}

/** The console's key file: `{ private_key_id, private_key, env_id }`. */
export type CustomLoginKey = { private_key_id: string; private_key: string; env_id: string }

export const CUSTOM_LOGIN_KEY_VAR = 'UNION_CUSTOM_LOGIN_KEY'
/** How often the desktop's CloudBase access token is refreshed (the SDK's default: an hour). */
const REFRESH_MS = 3600_000

/** Throws (the function refuses to start) when the variable is missing or is not the key file's JSON. */
export function customLoginKeyFromEnv(env: Record<string, string | undefined> = process.env): CustomLoginKey {
  const raw = env[CUSTOM_LOGIN_KEY_VAR]
  if (!raw) throw new Error(`missing secret(s): ${CUSTOM_LOGIN_KEY_VAR}; refusing to start`)
  let key: Partial<CustomLoginKey>
  try {
    key = JSON.parse(raw) as Partial<CustomLoginKey>
  } catch {
    throw new Error(`${CUSTOM_LOGIN_KEY_VAR} must be the custom-login key file (JSON); refusing to start`)
  }
  const { private_key_id, private_key, env_id } = key
  if (![private_key_id, private_key, env_id].every((v) => typeof v === 'string' && v !== '')) {
    throw new Error(`${CUSTOM_LOGIN_KEY_VAR} needs private_key_id, private_key and env_id; refusing to start`)
  }
  return { private_key_id, private_key, env_id } as CustomLoginKey
}

/**
 * Tickets through node-sdk's own `createTicket`. `env` is the function's own environment in production, so a key file
 * of another environment is refused when a ticket is made (the SDK compares it with the key's env_id).
 */
export function sdkTicketIssuer(key: CustomLoginKey, env: string | symbol = tcb.SYMBOL_CURRENT_ENV): TicketIssuer {
  const app = tcb.init({ env, credentials: key })
  return {
    issue: (uid, expiresAt) => app.auth().createTicket(uid, { refresh: REFRESH_MS, expire: expiresAt.getTime() }),
  }
}
