/** The host contract of docs/api.md, over real HTTP. */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startHost, type Host } from '../../scripts/host/server'
import { memoryLogger } from '../../cloudfunctions/_lib/runtime/log'

async function open(dev: boolean) {
  const dir = mkdtempSync(join(tmpdir(), 'union-host-'))
  const host = await startHost({ port: 0, dbPath: join(dir, 'u.db'), dataDir: dir, dev, demo: true, timers: false, log: memoryLogger() })
  return { host, dir }
}

const post = (host: Host, fn: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${host.url}/fn/${fn}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) })

describe('local host in development mode', () => {
  let host: Host
  let dir: string
  beforeAll(async () => ({ host, dir } = await open(true)))
  afterAll(async () => (await host.close(), rmSync(dir, { recursive: true, force: true })))

  it('When POST /fn/<fn> is called, then HTTP 200 with the envelope', async () => {
    const res = await post(host, 'directory', { action: 'searchEnterprises', q: '华鑫' })
    expect(res.status).toBe(200)
    expect((await res.json()).data.items[0].id).toBe('e-hx')
    const bad = await post(host, 'directory', { action: 'searchEnterprises', q: '' })
    expect(bad.status).toBe(200)
    expect((await bad.json()).error.code).toBe('VALIDATION')
  })

  it('When x-dev-openid is sent, then it is the caller', async () => {
    const me = await (await post(host, 'account', { action: 'me' }, { 'x-dev-openid': 'o-town-sx-1' })).json()
    expect(me.data.officer.orgId).toBe('sx')
    expect((await (await post(host, 'account', { action: 'me' })).json()).error.code).toBe('UNAUTHENTICATED')
  })

  it('When x-dev-now is sent, then it is the request clock', async () => {
    const out = await (await post(host, 'account', { action: 'createInvite', orgId: 'sx', role: 'officer' }, {
      'x-dev-openid': 'o-town-sx-admin', 'x-dev-now': '2026-03-10T10:00:00+08:00',
    })).json()
    expect(out.data.expiresAt).toBe('2026-03-13T10:00:00+08:00')
  })

  it('When x-dev-trigger: timer is sent, then the caller is the system principal', async () => {
    // A timer is not a person: user actions refuse it.
    expect((await (await post(host, 'account', { action: 'me' }, { 'x-dev-trigger': 'timer' })).json()).error.code).toBe('UNAUTHENTICATED')
  })

  it('When the body is not JSON, the function unknown, or the method wrong, then a clear error', async () => {
    expect((await (await post(host, 'directory', '{oops')).json()).error.code).toBe('VALIDATION')
    expect((await post(host, 'nope', {})).status).toBe(404)
    expect((await fetch(`${host.url}/fn/directory`)).status).toBe(405)
    expect((await (await post(host, 'directory', { action: 'drop' })).json()).error.code).toBe('UNKNOWN_ACTION')
  })

  it('When a receipt guess fails, then the socket peer is its source, recorded only as a keyed hash', async () => {
    const headers = { 'x-dev-openid': 'o-worker-1', 'x-dev-now': '2026-03-10T10:00:00+08:00' }
    expect((await (await post(host, 'grievance', { action: 'byReceipt', receipt: '1234567890123452' }, headers)).json()).error.code).toBe('NOT_FOUND')
    const rows = (await host.deps.store.audit.listByRecord('guess', 'receipt/2026-03-10T10', undefined, 10)).items
    expect(rows.map((r) => r.detail?.source)).toEqual([host.deps.crypto.hash('source:127.0.0.1').slice(0, 16)])
    expect(JSON.stringify(rows)).not.toContain('127.0.0.1')
  })

  it('When the demo identities are asked for, then they are listed', async () => {
    const ids = await (await fetch(`${host.url}/dev/identities`)).json()
    expect(ids.map((i: any) => i.openid)).toEqual(expect.arrayContaining(['o-worker-1', 'o-town-sx-1', 'o-city-admin']))
  })

  it('When a private file is fetched, then only through an unexpired signed link', async () => {
    const stored = await host.deps.files.put({ key: 'evidence/t1.jpg', bytes: Buffer.from('photo'), contentType: 'image/jpeg' })
    const url = await host.deps.files.signedUrl(stored.fileId, 60)
    const ok = await fetch(url)
    expect(ok.status).toBe(200)
    expect(Buffer.from(await ok.arrayBuffer()).toString()).toBe('photo')
    expect((await fetch(url.replace(/sig=[0-9a-f]{4}/, 'sig=0000'))).status).toBe(403)
    expect((await fetch(`${host.url}/files/${encodeURIComponent(stored.fileId)}`)).status).toBe(403)
  })
})

describe('local host outside development mode', () => {
  let host: Host
  let dir: string
  beforeAll(async () => ({ host, dir } = await open(false)))
  afterAll(async () => (await host.close(), rmSync(dir, { recursive: true, force: true })))

  it('When dev headers are sent, then they are ignored: no identity, real clock, no timer', async () => {
    const headers = { 'x-dev-openid': 'o-city-admin', 'x-dev-trigger': 'timer', 'x-dev-now': '2020-01-01T00:00:00+08:00' }
    expect((await (await post(host, 'account', { action: 'me' }, headers)).json()).error.code).toBe('UNAUTHENTICATED')
    expect((await fetch(`${host.url}/dev/identities`)).status).toBe(404)
    // Public browsing still works without identity.
    expect((await (await post(host, 'directory', { action: 'listTowns' }, headers)).json()).ok).toBe(true)
  })
})
