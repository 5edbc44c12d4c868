/**
 * The one transport. Pages call `call(fn, action, input)` and get the envelope back; nothing else in the
 * app knows whether it runs on CloudBase (weapp) or against the local host (H5).
 * Expected failures come back as `{ ok: false }` envelopes; this module never throws for them.
 */
import Taro from '@tarojs/taro'
import type { Envelope, ErrorBody } from '../../types/envelope'
import { getDevOpenid, type DevIdentity } from './dev-identity'

export const NETWORK_ERROR: ErrorBody = { code: 'NETWORK', message: '网络异常，请检查网络后重试' }
const BAD_REPLY: ErrorBody = { code: 'INTERNAL', message: '系统繁忙，请稍后再试' }

export async function call<T>(fn: string, action: string, input: object = {}): Promise<Envelope<T>> {
  if (process.env.TARO_ENV === 'weapp') return callCloud<T>(fn, action, input)
  return callHost<T>(fn, action, input)
}

async function callCloud<T>(fn: string, action: string, input: object): Promise<Envelope<T>> {
  try {
    const res = await Taro.cloud.callFunction({ name: fn, data: { ...input, action } })
    return asEnvelope<T>(res.result)
  } catch {
    return { ok: false, error: NETWORK_ERROR }
  }
}

async function callHost<T>(fn: string, action: string, input: object): Promise<Envelope<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  const devOpenid = getDevOpenid()
  if (devOpenid) headers['x-dev-openid'] = devOpenid
  let res: Response
  try {
    res = await fetch(`${origin()}/fn/${encodeURIComponent(fn)}`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ ...input, action }),
    })
  } catch {
    return { ok: false, error: NETWORK_ERROR }
  }
  try {
    return asEnvelope<T>(await res.json())
  } catch {
    // A proxy error page or a dropped connection mid-body: the request did not reach a function.
    return { ok: false, error: res.ok ? BAD_REPLY : NETWORK_ERROR }
  }
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

function origin(): string {
  return typeof window === 'undefined' ? '' : window.location.origin
}

function asEnvelope<T>(value: unknown): Envelope<T> {
  const v = value as Envelope<T> | null | undefined
  if (v && typeof v === 'object' && (v.ok === true || (v.ok === false && typeof v.error?.code === 'string'))) return v
  return { ok: false, error: BAD_REPLY }
}
