/**
 * runtime/desktop-identity.ts: a custom-login user id (a desktop session id) → the session's officer, or nobody.
 * One store read per look-up, cached per instance for DESKTOP_IDENTITY_CACHE_MS on the instance's clock.
 */
import { DESKTOP_IDENTITY_CACHE_MS, desktopIdentity, withDesktopSession } from '../../cloudfunctions/_lib/runtime/desktop-identity'
import type { DesktopSession } from '../../cloudfunctions/_lib/store/port'

const NOW = new Date('2026-03-10T10:00:00+08:00')
const live: DesktopSession = { id: 'S-LIVE', openid: 'o-town-sx-1', device: null, createdAt: '2026-03-10T09:00:00+08:00', expiresAt: '2026-03-10T21:00:00+08:00', endedAt: null }

function fakeStore(sessions: DesktopSession[]) {
  const byId = new Map(sessions.map((s) => [s.id, { ...s }]))
  const getSession = jest.fn(async (id: string) => byId.get(id) ?? null)
  return { store: { desktop: { getSession } }, byId, getSession }
}

test('When a live session id comes in, then the caller is its officer with the source kept and the session named', async () => {
  const { store } = fakeStore([live])
  const caller = await withDesktopSession({ kind: 'none', source: '203.0.113.7' }, 'S-LIVE', desktopIdentity(store), NOW)
  expect(caller).toEqual({ kind: 'user', openid: 'o-town-sx-1', desktopSession: 'S-LIVE', source: '203.0.113.7' })
})

test('When the id is unknown, ended or expired, then there is no identity', async () => {
  const { store } = fakeStore([{ ...live, id: 'S-ENDED', endedAt: '2026-03-10T09:30:00+08:00' }, { ...live, id: 'S-OLD', expiresAt: '2026-03-10T10:00:00+08:00' }])
  const identity = desktopIdentity(store)
  for (const id of ['S-NOPE', 'S-ENDED', 'S-OLD']) expect(await withDesktopSession({ kind: 'none' }, id, identity, NOW)).toEqual({ kind: 'none' })
})

test('When the custom user id is the openid itself, then it is not an identity (only session ids are)', async () => {
  const { store } = fakeStore([live])
  expect(await withDesktopSession({ kind: 'none' }, 'o-town-sx-1', desktopIdentity(store), NOW)).toEqual({ kind: 'none' })
})

test('When the caller already has a WeChat identity or is a timer, then a custom user id changes nothing and nothing is read', async () => {
  const { store, getSession } = fakeStore([live])
  const identity = desktopIdentity(store)
  expect(await withDesktopSession({ kind: 'user', openid: 'o-worker-1' }, 'S-LIVE', identity, NOW)).toEqual({ kind: 'user', openid: 'o-worker-1' })
  expect(await withDesktopSession({ kind: 'system' }, 'S-LIVE', identity, NOW)).toEqual({ kind: 'system' })
  expect(await withDesktopSession({ kind: 'none' }, undefined, identity, NOW)).toEqual({ kind: 'none' })
  expect(getSession).not.toHaveBeenCalled()
})

test('When calls repeat within the cache window, then one read serves them; an end is seen once the window has passed', async () => {
  let clock = 1_000_000
  const { store, byId, getSession } = fakeStore([live])
  const identity = desktopIdentity(store, { clock: () => clock })
  expect(await identity.openidOf('S-LIVE', NOW)).toBe('o-town-sx-1')
  byId.get('S-LIVE')!.endedAt = '2026-03-10T10:00:00+08:00' // ended from the mini-program
  clock += DESKTOP_IDENTITY_CACHE_MS - 1
  expect(await identity.openidOf('S-LIVE', NOW)).toBe('o-town-sx-1')
  expect(getSession).toHaveBeenCalledTimes(1)
  clock += 1
  expect(await identity.openidOf('S-LIVE', NOW)).toBeNull()
  expect(getSession).toHaveBeenCalledTimes(2)
  expect(DESKTOP_IDENTITY_CACHE_MS).toBeLessThanOrEqual(5_000)
})

test('When a cached session reaches its expiry inside the window, then it stops signing in at once', async () => {
  const { store } = fakeStore([{ ...live, expiresAt: '2026-03-10T10:00:02+08:00' }])
  const identity = desktopIdentity(store, { clock: () => 0 })
  expect(await identity.openidOf('S-LIVE', NOW)).toBe('o-town-sx-1')
  expect(await identity.openidOf('S-LIVE', new Date(NOW.getTime() + 2000))).toBeNull()
})
