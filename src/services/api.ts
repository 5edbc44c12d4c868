/**
 * The one transport entry. Pages call `call(fn, action, input)` and get the envelope back; nothing else in the app
 * knows where it runs (weapp: Taro.cloud; H5 built for production: @cloudbase/js-sdk; H5 in development: the local
 * host — ./transports.ts chooses). Expected failures come back as `{ ok: false }` envelopes; this module never throws
 * for them.
 */
import type { Envelope } from '../../types/envelope'
import type { DevIdentity } from './dev-identity'
import { NETWORK_ERROR, type Transport } from './transport'
import { origin } from './transport-host'
import { transport } from './transports'

export { NETWORK_ERROR, transport }

export async function call<T>(fn: string, action: string, input: object = {}): Promise<Envelope<T>> {
  let t: Transport
  try {
    t = await transport()
  } catch {
    return { ok: false, error: NETWORK_ERROR }
  }
  return t.call<T>(fn, action, input)
}

/**
 * The demo identities of a development host, or null when the host has none (404, production, weapp).
 * H5 only: the mini-program has no local host.
 */
export async function fetchDevIdentities(): Promise<DevIdentity[] | null> {
  if (process.env.TARO_ENV !== 'h5') return null
  try {
    const res = await fetch(`${origin()}/dev/identities`)
    if (!res.ok) return null
    const body: unknown = await res.json()
    return Array.isArray(body) ? (body as DevIdentity[]) : null
  } catch {
    return null
  }
}
