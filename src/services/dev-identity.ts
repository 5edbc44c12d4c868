/**
 * The identity chosen in the H5 demo switcher (development hosts only). Stored in localStorage so a
 * reload keeps it; the host ignores the header unless it runs in development mode.
 */
export const DEV_OPENID_KEY = 'union.devOpenid'
/** A desktop sign-in on the development host: the session id its stand-in ticket carried (transport-host.ts). */
export const DEV_DESKTOP_KEY = 'union.devDesktopSession'

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

/** Choosing a demo identity (or none) also leaves a desktop sign-in: one identity at a time. */
export function setDevOpenid(openid: string | null): void {
  const s = storage()
  if (!s) return
  s.removeItem(DEV_DESKTOP_KEY)
  if (openid) s.setItem(DEV_OPENID_KEY, openid)
  else s.removeItem(DEV_OPENID_KEY)
}

export function getDevDesktopSession(): string | null {
  return storage()?.getItem(DEV_DESKTOP_KEY) || null
}

/** A desktop sign-in replaces the demo identity; null signs the desktop out. */
export function setDevDesktopSession(sessionId: string | null): void {
  const s = storage()
  if (!s) return
  if (!sessionId) return s.removeItem(DEV_DESKTOP_KEY)
  s.removeItem(DEV_OPENID_KEY)
  s.setItem(DEV_DESKTOP_KEY, sessionId)
}
