/**
 * The local function host: the same function entries as CloudBase behind `POST /fn/<name>`, plus the
 * H5 app and private files. Identity comes from `x-dev-openid` in development mode only (docs/api.md).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { FUNCTIONS } from '../../cloudfunctions/registry'
import type { Caller, Logger } from '../../cloudfunctions/_lib/runtime/deps'
import { parseIso } from '../../cloudfunctions/_lib/runtime/time'
import { localDeps, type LocalDeps } from './deps'
import { seedDemo, seedDemoMemberships, DEMO_IDENTITIES } from './demo'
import { serveStatic } from './static'
import { startTimers } from './timers'
import { desktopIdentity, withDesktopSession } from '../../cloudfunctions/_lib/runtime/desktop-identity'
import { localTicketKey, verifyLocalTicket } from './desktop-login'

export type HostOptions = {
  port?: number
  host?: string
  dbPath: string
  dataDir: string
  dev: boolean
  demo: boolean
  timers: boolean
  staticDir?: string
  dailyReportLimit?: number
  log?: Logger
  /**
   * The host's clock: signs and checks file links, and is the request clock when no x-dev-now is sent.
   * Tests inject one to see a link expire; the system clock by default.
   */
  clock?: () => Date
}

export type Host = { url: string; port: number; deps: LocalDeps; close(): Promise<void> }

const MAX_BODY = 12 * 1024 * 1024 // nine evidence photos as base64 fit; more is refused

function send(res: ServerResponse, status: number, body: unknown) {
  const json = JSON.stringify(body)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) })
  res.end(json)
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size > MAX_BODY) {
        resolve(null)
        req.destroy()
      } else chunks.push(c)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

/** The socket's peer is the source (no forwarding header is trusted: the host is reached directly). */
function devCaller(req: IncomingMessage, dev: boolean): Caller {
  const source = req.socket.remoteAddress
  const from = source ? { source } : {}
  if (!dev) return { kind: 'none', ...from }
  if (req.headers['x-dev-trigger'] === 'timer') return { kind: 'system' }
  const openid = req.headers['x-dev-openid']
  return typeof openid === 'string' && openid ? { kind: 'user', openid, ...from } : { kind: 'none', ...from }
}

export async function startHost(opts: HostOptions): Promise<Host> {
  let baseUrl = ''
  const clock = opts.clock ?? (() => new Date())
  const deps = localDeps({ dbPath: opts.dbPath, dataDir: opts.dataDir, baseUrl: () => baseUrl, dailyReportLimit: opts.dailyReportLimit, log: opts.log, now: clock })
  if (opts.demo) {
    await seedDemo(deps.store)
    await seedDemoMemberships(deps)
  }
  // Desktop sign-in stand-in (development only): the same session check deployed functions make, on the host's clock.
  const desktops = desktopIdentity(deps.store, { clock: () => clock().getTime() })
  const ticketKey = localTicketKey(deps.crypto.keys.hashKey)

  async function callFunction(req: IncomingMessage, res: ServerResponse, name: string) {
    const fn = Object.prototype.hasOwnProperty.call(FUNCTIONS, name) ? FUNCTIONS[name] : undefined
    if (!fn) return send(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: `没有名为 ${name.slice(0, 40)} 的云函数` } })
    const raw = await readBody(req)
    if (raw === null) return send(res, 413, { ok: false, error: { code: 'VALIDATION', message: '提交的内容过大' } })
    let event: unknown
    try {
      event = raw ? JSON.parse(raw) : {}
    } catch {
      return send(res, 200, { ok: false, error: { code: 'VALIDATION', message: '请求格式不正确（应为 JSON）' } })
    }
    const devNow = opts.dev && typeof req.headers['x-dev-now'] === 'string' ? parseIso(req.headers['x-dev-now']) : null
    const desktopSession = opts.dev && typeof req.headers['x-dev-desktop-session'] === 'string' ? req.headers['x-dev-desktop-session'] : undefined
    const caller = await withDesktopSession(devCaller(req, opts.dev), desktopSession, desktops, devNow ?? clock())
    if (caller.kind === 'system' && fn.timerAction && typeof event === 'object' && event && !('action' in event)) {
      event = { ...event, action: fn.timerAction }
    }
    send(res, 200, await fn.invoke(event, caller, deps, devNow ?? clock()))
  }

  async function route(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://host')
    const fnMatch = /^\/fn\/([A-Za-z0-9_-]+)$/.exec(url.pathname)
    if (fnMatch) {
      if (req.method !== 'POST') return send(res, 405, { ok: false, error: { code: 'VALIDATION', message: '请使用 POST' } })
      return callFunction(req, res, fnMatch[1])
    }
    if (url.pathname === '/healthz') return send(res, 200, { ok: true })
    if (url.pathname === '/dev/identities') {
      return opts.dev ? send(res, 200, DEMO_IDENTITIES) : send(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: '仅开发模式可用' } })
    }
    if (url.pathname === '/dev/desktop-signin' && opts.dev && req.method === 'POST') return desktopSignIn(req, res)
    if (url.pathname.startsWith('/files/')) return serveFile(url, res)
    if (opts.staticDir && (req.method === 'GET' || req.method === 'HEAD')) return serveStatic(opts.staticDir, url.pathname, req, res)
    send(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: '没有找到' } })
  }

  /** Plays CloudBase's custom sign-in: a genuine, unexpired local ticket → its custom user id (desktop-login.ts). */
  async function desktopSignIn(req: IncomingMessage, res: ServerResponse) {
    let ticket: unknown
    try {
      ticket = (JSON.parse((await readBody(req)) || '{}') as { ticket?: unknown }).ticket
    } catch {
      ticket = null
    }
    const customUserId = verifyLocalTicket(ticketKey, ticket, clock())
    if (!customUserId) return send(res, 200, { ok: false, error: { code: 'UNAUTHENTICATED', message: '登录凭证无效或已过期，请重新扫码' } })
    send(res, 200, { ok: true, data: { customUserId } })
  }

  async function serveFile(url: URL, res: ServerResponse) {
    const fileId = decodeURIComponent(url.pathname.slice('/files/'.length))
    const exp = Number(url.searchParams.get('exp'))
    const sig = url.searchParams.get('sig') ?? ''
    if (!deps.files.verify(fileId, exp, sig, clock())) {
      return send(res, 403, { ok: false, error: { code: 'FORBIDDEN', message: '链接已过期或无效' } })
    }
    const file = await deps.files.read(fileId)
    if (!file) return send(res, 404, { ok: false, error: { code: 'NOT_FOUND', message: '文件不存在' } })
    res.writeHead(200, { 'content-type': file.contentType, 'cache-control': 'private, no-store' })
    res.end(file.bytes)
  }

  const server = createServer((req, res) => {
    route(req, res).catch((err) => {
      deps.log.error('host error', { error: err instanceof Error ? err.stack : String(err) })
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'INTERNAL', message: '系统繁忙，请稍后再试' } })
    })
  })
  server.keepAliveTimeout = 5_000
  await new Promise<void>((resolve) => server.listen(opts.port ?? 8080, opts.host ?? '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  baseUrl = `http://${opts.host ?? '127.0.0.1'}:${port}`
  const timers = opts.timers ? startTimers(FUNCTIONS, deps) : { stop() {} }

  return {
    url: baseUrl,
    port,
    deps,
    async close() {
      timers.stop()
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
      await deps.store.close()
    },
  }
}
