/**
 * The identity chosen in the H5 demo switcher (development hosts only). Stored in localStorage so a
 * reload keeps it; the host ignores the header unless it runs in development mode.
 */
export const DEV_OPENID_KEY = 'union.devOpenid'

export type DevIdentity = { openid: string; label: string; role: string; orgId?: string }

function storage(): Storage | null {
  if (process.env.TARO_ENV !== 'h5') return null
  try {
    return typeof window === 'undefined' ? null : window.localStorage
  } catch {
    return null // storage disabled (private mode): behave as if nothing was chosen
  }
}

export function getDevOpenid(): string | null {
  return storage()?.getItem(DEV_OPENID_KEY) || null
}

export function setDevOpenid(openid: string | null): void {
  const s = storage()
  if (!s) return
  if (openid) s.setItem(DEV_OPENID_KEY, openid)
  else s.removeItem(DEV_OPENID_KEY)
}
