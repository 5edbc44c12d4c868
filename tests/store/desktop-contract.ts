/**
 * The desktop sign-in store contract (issue 10), run on each adapter through the port only.
 * - A code is confirmed once, by one officer, only before its expiry; claimed once, only after confirmation.
 * - Sessions: the officer's live ones (not ended, not expired at `now`) newest first in keyset pages; ending is
 *   conditional on the owner and on not being ended yet.
 */
import type { DesktopCode, DesktopSession, Store } from '../../cloudfunctions/_lib/store/port'
import { createIdGenerator } from '../../cloudfunctions/_lib/runtime/ids'
import { collect, ids } from './paging'
import * as make from '../support/factories'

type Opened = { store: Store; cleanup?: () => Promise<void> }

const T0 = '2026-03-10T10:00:00+08:00'
const T1 = '2026-03-10T10:01:00+08:00'
const T2 = '2026-03-10T10:02:00+08:00'
const T3 = '2026-03-10T10:03:00+08:00'
const nextId = createIdGenerator()

function code(overrides: Partial<DesktopCode> = {}): DesktopCode {
  return {
    codeHash: make.uid('hash').replace(/-/g, ''),
    pollHash: make.uid('poll').replace(/-/g, ''),
    createdAt: T0, expiresAt: T2, device: 'Chrome · Windows',
    confirmedBy: null, confirmedAt: null, sessionId: null, claimedAt: null,
    ...overrides,
  }
}
function session(openid: string, overrides: Partial<DesktopSession> = {}): DesktopSession {
  return { id: nextId(), openid, device: null, createdAt: T0, expiresAt: '2026-03-10T22:00:00+08:00', endedAt: null, ...overrides }
}

export function runDesktopContract(label: string, open: () => Promise<Opened>) {
  describe(label, () => {
    let opened: Opened
    let store: Store
    beforeAll(async () => {
      opened = await open()
      store = opened.store
    })
    afterAll(async () => {
      await store.close()
      await opened.cleanup?.()
    })

    test('When a code is created, then it reads back field for field; an unknown hash reads null', async () => {
      const c = code()
      await store.desktop.createCode(c)
      expect(await store.desktop.getCode(c.codeHash)).toEqual(c)
      expect(await store.desktop.getCode('no-such-hash')).toBeNull()
    })

    test('When two officers confirm one code at once, then exactly one is bound', async () => {
      const c = code()
      await store.desktop.createCode(c)
      const results = await Promise.all(['o-a', 'o-b', 'o-c'].map((o) => store.desktop.confirmCode(c.codeHash, o, T1)))
      expect(results.filter(Boolean)).toHaveLength(1)
      const bound = await store.desktop.getCode(c.codeHash)
      expect(bound?.confirmedBy).toBe(['o-a', 'o-b', 'o-c'][results.indexOf(true)])
      expect(bound?.confirmedAt).toBe(T1)
      expect(await store.desktop.confirmCode(c.codeHash, 'o-a', T1)).toBe(false)
    })

    test('When a code is confirmed at or after its expiry, then it is not bound', async () => {
      const c = code()
      await store.desktop.createCode(c)
      expect(await store.desktop.confirmCode(c.codeHash, 'o-a', T2)).toBe(false)
      expect(await store.desktop.confirmCode(c.codeHash, 'o-a', T3)).toBe(false)
      expect((await store.desktop.getCode(c.codeHash))?.confirmedBy).toBeNull()
    })

    test('When a code is claimed, then only a confirmed one, and only once', async () => {
      const c = code()
      await store.desktop.createCode(c)
      expect(await store.desktop.claimCode(c.codeHash, 'S-early', T1)).toBe(false)
      await store.desktop.confirmCode(c.codeHash, 'o-a', T1)
      const claims = await Promise.all(['S-1', 'S-2'].map((s) => store.desktop.claimCode(c.codeHash, s, T1)))
      expect(claims.filter(Boolean)).toHaveLength(1)
      const used = await store.desktop.getCode(c.codeHash)
      expect(used?.sessionId).toBe(['S-1', 'S-2'][claims.indexOf(true)])
      expect(used?.claimedAt).toBe(T1)
    })

    test('When sessions are listed, then the live ones of that officer come newest first in keyset pages', async () => {
      const openid = make.uid('o-desk')
      const mine = [session(openid), session(openid), session(openid), session(openid), session(openid)]
      const ended = session(openid, { endedAt: T1 })
      const expired = session(openid, { expiresAt: T1 })
      const other = session(make.uid('o-other'))
      for (const s of [...mine, ended, expired, other]) await store.desktop.createSession(s)

      const { sizes, items } = await collect((after) => store.desktop.listLiveSessions(openid, T2, after, 2))
      expect(ids(items)).toEqual(ids([...mine].reverse()))
      expect(sizes).toEqual([2, 2, 1])
      expect(items[0]).toEqual(mine[4])
      expect(await store.desktop.getSession(ended.id)).toEqual(ended)
      expect(await store.desktop.getSession('nope')).toBeNull()
    })

    test('When a session is ended, then only by its officer, once, and it leaves the list', async () => {
      const openid = make.uid('o-desk')
      const s = session(openid)
      await store.desktop.createSession(s)
      expect(await store.desktop.endSession(s.id, 'o-someone-else', T1)).toBe(false)
      const ends = await Promise.all([store.desktop.endSession(s.id, openid, T1), store.desktop.endSession(s.id, openid, T1)])
      expect(ends.filter(Boolean)).toHaveLength(1)
      expect(await store.desktop.endSession(s.id, openid, T2)).toBe(false)
      expect((await store.desktop.getSession(s.id))?.endedAt).toBe(T1)
      expect((await store.desktop.listLiveSessions(openid, T1, undefined, 10)).items).toEqual([])
    })
  })
}
