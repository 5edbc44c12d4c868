/**
 * The host's development stand-in for CloudBase custom login, over real HTTP: the ticket desktopPoll answers is
 * exchanged at /dev/desktop-signin for its custom user id, sent back as x-dev-desktop-session and mapped to the
 * session's officer by the same check deployed functions make. Outside development mode none of it exists.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startHost, type Host } from '../../scripts/host/server'
import { memoryLogger } from '../../cloudfunctions/_lib/runtime/log'

let shiftMs = 0
async function open(dev: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'union-host-desk-'))
  const host = await startHost({ port: 0, dbPath: join(dir, 'u.db'), dataDir: dir, dev, demo: true, timers: false, log: memoryLogger(), clock: () => new Date(Date.now() + shiftMs) })
  return { host, close: async () => (await host.close(), rmSync(dir, { recursive: true, force: true })) }
}
const post = async (host: Host, path: string, body: unknown, headers: Record<string, string> = {}) =>
  (await fetch(`${host.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })).json()
const account = (host: Host, body: object, headers: Record<string, string> = {}) => post(host, '/fn/account', body, headers)

describe('desktop sign-in on a development host', () => {
  let host: Host
  let close: () => Promise<void>
  beforeAll(async () => ({ host, close } = await open(true)))
  afterAll(() => close())

  it('When the officer confirms and the page signs in with the ticket, then its calls are the officer\'s until the session is ended', async () => {
    const { data: started } = await account(host, { action: 'desktopStart', device: 'Chrome · Linux' })
    expect((await account(host, { action: 'desktopConfirm', code: started.code }, { 'x-dev-openid': 'o-town-sx-1' })).ok).toBe(true)
    const { data: ready } = await account(host, { action: 'desktopPoll', code: started.code, pollToken: started.pollToken })
    expect(ready.status).toBe('ready')

    const signIn = await post(host, '/dev/desktop-signin', { ticket: ready.ticket })
    expect(signIn).toEqual({ ok: true, data: { customUserId: ready.sessionId } })
    const desktop = { 'x-dev-desktop-session': signIn.data.customUserId }
    expect((await account(host, { action: 'me' }, desktop)).data).toMatchObject({ openid: 'o-town-sx-1', officer: { orgId: 'sx' } })

    expect((await account(host, { action: 'desktopEnd', sessionId: ready.sessionId }, { 'x-dev-openid': 'o-town-sx-1' })).ok).toBe(true)
    shiftMs = 6_000 // past the 5 s identity cache
    expect((await account(host, { action: 'me' }, desktop)).error.code).toBe('UNAUTHENTICATED')
    shiftMs = 0
  })

  it('When a ticket is forged, stale or missing, then the stand-in refuses it', async () => {
    const { data: started } = await account(host, { action: 'desktopStart' })
    await account(host, { action: 'desktopConfirm', code: started.code }, { 'x-dev-openid': 'o-town-sx-1' })
    const { data: ready } = await account(host, { action: 'desktopPoll', code: started.code, pollToken: started.pollToken })
    const [kid, jwt] = String(ready.ticket).split('/@@/')
    const [h, p, s] = jwt.split('.')
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString())
    const forged = `${kid}/@@/${h}.${Buffer.from(JSON.stringify({ ...claims, uid: 'S-SOMEONE-ELSE' })).toString('base64url')}.${s}`
    for (const ticket of [forged, 'nonsense', undefined]) expect((await post(host, '/dev/desktop-signin', { ticket })).error.code).toBe('UNAUTHENTICATED')
    shiftMs = 10 * 60_000 + 1_000
    expect((await post(host, '/dev/desktop-signin', { ticket: ready.ticket })).error.code).toBe('UNAUTHENTICATED')
    shiftMs = 0
    expect((await account(host, { action: 'me' }, { 'x-dev-desktop-session': 'S-UNKNOWN-0000' })).error.code).toBe('UNAUTHENTICATED')
  })
})

describe('desktop sign-in on a host outside development mode', () => {
  let host: Host
  let close: () => Promise<void>
  beforeAll(async () => ({ host, close } = await open(false)))
  afterAll(() => close())

  it('When the stand-in is asked or its header sent, then neither exists', async () => {
    const res = await fetch(`${host.url}/dev/desktop-signin`, { method: 'POST', body: '{"ticket":"x"}' })
    expect(res.status).toBe(404)
    expect((await account(host, { action: 'me' }, { 'x-dev-desktop-session': 'S-ANY' })).error.code).toBe('UNAUTHENTICATED')
  })
})
