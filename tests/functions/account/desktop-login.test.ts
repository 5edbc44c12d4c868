/**
 * Officers' desktop sign-in (issue 10) through the real `account` entry on a fresh SQLite database: the desktop page
 * starts a code and polls, the officer confirms it in the mini-program, the poll answers a ticket once, and the
 * ticket's user id (a session id) maps back to the officer until the session is ended.
 */
import { desktopIdentity, withDesktopSession } from '../../../cloudfunctions/_lib/runtime/desktop-identity'
import type { Caller } from '../../../cloudfunctions/_lib/runtime/deps'
import { localTicketKey, verifyLocalTicket } from '../../../scripts/host/desktop-login'
import { anon, openHarness, type Harness } from '../../support/harness'

let h: Harness
beforeAll(async () => (h = await openHarness()))
afterAll(() => h.close())

const T0 = new Date('2026-03-10T10:00:00+08:00')
const after = (seconds: number) => new Date(T0.getTime() + seconds * 1000)
const OFFICER = 'o-town-sx-1'

async function start(now = T0, caller: Caller = anon) {
  const out = await h.call('account', caller, { action: 'desktopStart', device: 'Chrome · Windows' }, now)
  if (!out.ok) throw new Error(`desktopStart failed: ${out.error.code}`)
  return out.data as { code: string; pollToken: string; expiresAt: string }
}
const poll = (s: { code: string; pollToken: string }, now: Date) => h.call('account', anon, { action: 'desktopPoll', ...s }, now)
const confirm = (openid: string, code: string, now: Date) => h.as(openid)('account', 'desktopConfirm', { code }, now)
const ticketUid = (ticket: string, now: Date) => verifyLocalTicket(localTicketKey(h.deps.crypto.keys.hashKey), ticket, now)

describe('account.desktop* — the QR sign-in flow', () => {
  it('When an officer confirms a code, then the poll answers a ticket exactly once, for a new session of that officer', async () => {
    const s = await start()
    expect(s.code).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(s.pollToken).toMatch(/^[A-Za-z0-9_-]{22}$/)
    expect(s.code).not.toBe(s.pollToken)
    expect(s.expiresAt).toBe('2026-03-10T10:02:00+08:00')
    expect((await poll(s, after(5))).data).toEqual({ status: 'pending', expiresAt: s.expiresAt })

    expect((await confirm(OFFICER, s.code, after(30))).data).toEqual({ confirmed: true, device: 'Chrome · Windows' })
    const ready = (await poll(s, after(32))).data
    expect(ready).toMatchObject({ status: 'ready' })
    expect(ticketUid(ready.ticket, after(32))).toBe(ready.sessionId)
    expect(ready.sessionId).not.toBe(OFFICER)
    expect(await h.deps.store.desktop.getSession(ready.sessionId)).toMatchObject({
      openid: OFFICER, device: 'Chrome · Windows', createdAt: '2026-03-10T10:00:32+08:00', expiresAt: '2026-03-10T22:00:32+08:00', endedAt: null,
    })
    // Used: the next poll and a second confirmation get nothing.
    expect((await poll(s, after(34))).data).toEqual({ status: 'expired' })
    expect((await confirm('o-town-sx-admin', s.code, after(35))).error.code).toBe('ACCOUNT.DESKTOP_CODE_INVALID')
    const audit = (await h.deps.store.audit.listByRecord('officer', OFFICER, undefined, 100)).items
    expect(audit.map((a) => [a.action, a.actor])).toEqual(expect.arrayContaining([
      ['officer.desktop.confirm', OFFICER], ['officer.desktop.signin', 'anonymous'],
    ]))
  })

  it('When the code is stored, then only keyed hashes of the code and the poll token are', async () => {
    const s = await start()
    const stored = await h.deps.store.desktop.getCode(h.deps.crypto.hash(`desktop-code:${s.code}`))
    expect(stored).toMatchObject({ pollHash: h.deps.crypto.hash(`desktop-poll:${s.pollToken}`), confirmedBy: null })
    expect(JSON.stringify(stored)).not.toContain(s.code)
    expect(JSON.stringify(stored)).not.toContain(s.pollToken)
  })

  it('When 2 minutes have passed, then the code can no longer be confirmed and the poll says expired; at 1:59 it still can', async () => {
    const late = await start()
    expect((await confirm(OFFICER, late.code, after(120))).error.code).toBe('ACCOUNT.DESKTOP_CODE_EXPIRED')
    expect((await poll(late, after(120))).data).toEqual({ status: 'expired' })

    const justInTime = await start()
    expect((await confirm(OFFICER, justInTime.code, after(119))).ok).toBe(true)
    // Confirmed at 1:59: the desktop has 2 more minutes to collect, not 1 second.
    expect((await poll(justInTime, after(200))).data.status).toBe('ready')
  })

  it('When a confirmed code is not collected within 2 minutes of the confirmation, then the poll says expired', async () => {
    const s = await start()
    await confirm(OFFICER, s.code, after(10))
    expect((await poll(s, after(130))).data).toEqual({ status: 'expired' })
  })

  it('When someone polls with the code but not the page\'s poll token (a photo of the QR), then nothing is given and the page still signs in', async () => {
    const s = await start()
    await confirm(OFFICER, s.code, after(10))
    const other = await start()
    expect((await poll({ code: s.code, pollToken: other.pollToken }, after(11))).data).toEqual({ status: 'expired' })
    expect((await poll(s, after(12))).data.status).toBe('ready')
  })

  it('When a worker, an anonymous caller or a desktop session tries to confirm, then it is refused and the code stays usable', async () => {
    const s = await start()
    const worker = await confirm('o-worker-1', s.code, after(5))
    expect(worker.error).toMatchObject({ code: 'FORBIDDEN', message: '只有工会干部可以在电脑上登录工作台' })
    expect((await h.call('account', anon, { action: 'desktopConfirm', code: s.code }, after(5))).error.code).toBe('UNAUTHENTICATED')
    const desktop = await h.call('account', { kind: 'user', openid: OFFICER, desktopSession: 'S-ANY' }, { action: 'desktopConfirm', code: s.code }, after(5))
    expect(desktop.error).toMatchObject({ code: 'FORBIDDEN', message: '请用微信小程序扫码确认电脑登录' })
    expect((await poll(s, after(6))).data.status).toBe('pending')
    expect((await confirm(OFFICER, s.code, after(7))).ok).toBe(true)
  })

  it('When a lawyer (an officer record with a 工作台) confirms, then it is allowed', async () => {
    const s = await start()
    expect((await confirm('o-lawyer-1', s.code, after(5))).ok).toBe(true)
  })

  it('When several officers confirm one code at once, then exactly one is bound and the ticket is theirs', async () => {
    const s = await start()
    const who = ['o-town-sx-1', 'o-town-sx-admin', 'o-city-admin']
    const results = await Promise.all(who.map((o) => confirm(o, s.code, after(5))))
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.filter((r) => !r.ok).map((r) => r.error.code)).toEqual(['ACCOUNT.DESKTOP_CODE_INVALID', 'ACCOUNT.DESKTOP_CODE_INVALID'])
    const ready = (await poll(s, after(6))).data
    expect((await h.deps.store.desktop.getSession(ready.sessionId))?.openid).toBe(who[results.findIndex((r) => r.ok)])
  })

  it('When two polls collect at once, then one ticket is issued', async () => {
    const s = await start()
    await confirm(OFFICER, s.code, after(5))
    const answers = await Promise.all([poll(s, after(6)), poll(s, after(6)), poll(s, after(6))])
    expect(answers.map((a) => a.data.status).sort()).toEqual(['expired', 'expired', 'ready'])
  })

  it('When one network source starts more than 60 codes in an hour, then it is refused; another source is not', async () => {
    const busy: Caller = { kind: 'none', source: '203.0.113.7' }
    for (let i = 0; i < 60; i++) await start(after(i), busy)
    const refused = await h.call('account', busy, { action: 'desktopStart' }, after(61))
    expect(refused.error).toMatchObject({ code: 'RATE_LIMITED', message: '刷新二维码太频繁，请稍后再试' })
    expect((await h.call('account', { kind: 'none', source: '198.51.100.9' }, { action: 'desktopStart' }, after(62))).ok).toBe(true)
  })
})

describe('account.desktop* — sessions and identity', () => {
  async function signIn(openid: string, now = T0): Promise<string> {
    const s = await start(now)
    await confirm(openid, s.code, now)
    return (await poll(s, now)).data.sessionId
  }

  it('When the ticket\'s user id comes with a call, then the call is the officer\'s; once ended, it is nobody\'s', async () => {
    const sessionId = await signIn(OFFICER)
    const identity = desktopIdentity(h.deps.store, { ttlMs: 0 })
    const desktop = await withDesktopSession(anon, sessionId, identity, after(60))
    expect(desktop).toEqual({ kind: 'user', openid: OFFICER, desktopSession: sessionId })
    expect((await h.call('account', desktop, { action: 'me' }, after(60))).data).toMatchObject({ openid: OFFICER, officer: { orgId: 'sx' } })
    const list = (await h.call('account', desktop, { action: 'desktopSessions' }, after(60))).data.items
    expect(list.find((s: { id: string }) => s.id === sessionId)).toMatchObject({ current: true, device: 'Chrome · Windows' })

    // The mini-program ends it (退出该电脑).
    expect((await h.as(OFFICER)('account', 'desktopEnd', { sessionId }, after(90))).data).toEqual({ id: sessionId, endedAt: '2026-03-10T10:01:30+08:00' })
    expect(await withDesktopSession(anon, sessionId, identity, after(91))).toEqual(anon)
    const ids = (await h.as(OFFICER)('account', 'desktopSessions', {}, after(91))).data.items.map((s: { id: string }) => s.id)
    expect(ids).not.toContain(sessionId)
    expect((await h.as(OFFICER)('account', 'desktopEnd', { sessionId }, after(95))).data.endedAt).toBe('2026-03-10T10:01:30+08:00')
    const audit = (await h.deps.store.audit.listByRecord('officer', OFFICER, undefined, 100)).items
    expect(audit.find((a) => a.action === 'officer.desktop.end')).toMatchObject({ actor: OFFICER, detail: { sessionId } })
  })

  it('When another officer tries to end a session, then it does not exist for them and stays live', async () => {
    const sessionId = await signIn(OFFICER)
    expect((await h.as('o-town-sx-admin')('account', 'desktopEnd', { sessionId }, after(5))).error.code).toBe('NOT_FOUND')
    expect((await h.as('o-worker-1')('account', 'desktopSessions', {}, after(5))).data.items).toEqual([])
    expect(await desktopIdentity(h.deps.store).openidOf(sessionId, after(6))).toBe(OFFICER)
  })

  it('When the session is 12 hours old, then it signs nobody in and is no longer listed', async () => {
    const sessionId = await signIn('o-city-admin')
    const identity = desktopIdentity(h.deps.store, { ttlMs: 0 })
    expect(await identity.openidOf(sessionId, after(12 * 3600 - 1))).toBe('o-city-admin')
    expect(await identity.openidOf(sessionId, after(12 * 3600))).toBeNull()
    const ids = (await h.as('o-city-admin')('account', 'desktopSessions', {}, after(12 * 3600))).data.items.map((s: { id: string }) => s.id)
    expect(ids).not.toContain(sessionId)
  })
})
