/**
 * Who a desktop browser is. The desktop signs in to CloudBase with a custom-login ticket whose user id is a desktop
 * session id (never an openid), and the platform reports that id on every call (`TCB_CUSTOM_USER_ID`, read by
 * node-sdk's `getCloudbaseContext` / `auth().getUserInfo().customUserId`). A live session — not ended, not expired —
 * maps to its officer; anything else maps to no identity. The local host's development stand-in uses the same mapping.
 *
 * Cost: one read per call. A warm instance caches each answer for DESKTOP_IDENTITY_CACHE_MS (5 s), so a session ended
 * from the mini-program still works for at most that long on instances that looked it up just before.
 */
import type { DesktopLoginStore } from '../store/desktop-port'
import type { Caller } from './deps'
import { toIso } from './time'

export const DESKTOP_IDENTITY_CACHE_MS = 5_000
/** Entries kept at most: past that the cache starts afresh (a warm instance serves few desktops at once). */
const MAX_ENTRIES = 1_000

export type DesktopIdentity = {
  /** The officer's openid for a live session at `now`, else null. */
  openidOf(sessionId: string, now: Date): Promise<string | null>
}

export function desktopIdentity(
  store: { desktop: Pick<DesktopLoginStore, 'getSession'> },
  opts: { ttlMs?: number; clock?: () => number } = {},
): DesktopIdentity {
  const ttlMs = opts.ttlMs ?? DESKTOP_IDENTITY_CACHE_MS
  const clock = opts.clock ?? Date.now
  const cache = new Map<string, { openid: string | null; until: number; expiresAt: string | null }>()
  return {
    async openidOf(sessionId, now) {
      const hit = cache.get(sessionId)
      const at = toIso(now)
      if (hit && hit.until > clock()) return hit.expiresAt !== null && hit.expiresAt > at ? hit.openid : null
      const session = await store.desktop.getSession(sessionId)
      const live = session && session.endedAt === null ? session : null
      if (cache.size >= MAX_ENTRIES) cache.clear()
      cache.set(sessionId, { openid: live?.openid ?? null, until: clock() + ttlMs, expiresAt: live?.expiresAt ?? null })
      return live && live.expiresAt > at ? live.openid : null
    },
  }
}

/**
 * The caller of a call that carries a custom-login user id and no WeChat identity: the session's officer (the network
 * source kept), or no identity. A caller that already has an identity is returned unchanged.
 */
export async function withDesktopSession(caller: Caller, customUserId: string | undefined, identity: DesktopIdentity, now: Date): Promise<Caller> {
  if (caller.kind !== 'none' || !customUserId) return caller
  const openid = await identity.openidOf(customUserId, now)
  const from = caller.source ? { source: caller.source } : {}
  return openid ? { kind: 'user', openid, desktopSession: customUserId, ...from } : caller
}
