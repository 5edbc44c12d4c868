/**
 * Keys come from the environment in production; a deployed function refuses to start without them.
 * The local host generates them once into the data folder (git-ignored). No key is ever committed.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import type { Keys } from './crypto'

const NAMES = { dataKey: 'UNION_DATA_KEY', hashKey: 'UNION_HASH_KEY', cardSigningKey: 'UNION_CARD_SIGNING_KEY' } as const

function decodeKey(name: string, value: string): Buffer {
  const buf = /^[0-9a-f]{64}$/i.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64')
  if (buf.length !== 32) throw new Error(`${name} must be 32 bytes (64 hex characters or base64)`)
  return buf
}

/**
 * Production: the data and hash keys must be set, and the card signing key too where `card` says the function signs
 * (only the `card` function holds it: a leaked bundle or environment of another function cannot mint cards).
 * Throws (so the function does not start) when one is missing.
 */
export function keysFromEnv(env: Record<string, string | undefined> = process.env, opts: { card?: boolean } = { card: true }): Keys {
  const required = opts.card ? Object.values(NAMES) : [NAMES.dataKey, NAMES.hashKey]
  const missing = required.filter((n) => !env[n])
  if (missing.length) throw new Error(`missing secret(s): ${missing.join(', ')}; refusing to start`)
  return {
    dataKey: decodeKey(NAMES.dataKey, env[NAMES.dataKey]!),
    hashKey: decodeKey(NAMES.hashKey, env[NAMES.hashKey]!),
    cardSigningKey: opts.card ? decodeKey(NAMES.cardSigningKey, env[NAMES.cardSigningKey]!) : null,
  }
}

/** Local host: environment first, else `<dataDir>/keys.json`, generated on first run (mode 0600). */
export function localKeys(dataDir: string, env: NodeJS.ProcessEnv = process.env): Keys {
  if (Object.values(NAMES).every((n) => env[n])) return keysFromEnv(env)
  const file = join(dataDir, 'keys.json')
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true })
    const fresh = Object.fromEntries(Object.values(NAMES).map((n) => [n, randomBytes(32).toString('hex')]))
    writeFileSync(file, JSON.stringify(fresh, null, 2), { mode: 0o600 })
  }
  return keysFromEnv(JSON.parse(readFileSync(file, 'utf8')))
}
