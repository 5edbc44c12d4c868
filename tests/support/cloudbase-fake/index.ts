/**
 * A local stand-in for the CloudBase (TCB) API that @cloudbase/node-sdk talks to, so the
 * production adapters run through the real SDK code and only the network peer is fake.
 *
 * Wire facts (from node_modules/@cloudbase/node-sdk/src/utils/tcbapirequester.ts and
 * tcbapiendpoint.ts): every database and storage call is `POST <serviceUrl>?env=…&seqId=…` with a
 * JSON body `{ action, envName, …params }` and a TC3-style `Authorization` header; the reply is
 * `{ requestId, data }` on success or `{ code, message, requestId }` (HTTP 200), which the SDK
 * throws as an error carrying that code. `serviceUrl` is a documented init option.
 * Signatures are not checked here: any secretId/secretKey works.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { randomBytes } from 'node:crypto'
import * as tcb from '@cloudbase/node-sdk'
import type { CloudBase } from '@cloudbase/node-sdk'
import { FakeDatabase, ServiceError } from './database'
import { FakeStorage } from './storage'

export { DEFAULT_LIMIT, MAX_LIMIT } from './database'
export { ServiceError } from './errors'

export type FakeRequest = { action: string; body: Record<string, unknown> }

export type CloudbaseFake = {
  /** Base URL of the local server (`http://127.0.0.1:<port>`). */
  url: string
  env: string
  /** A node-sdk app initialised against the fake (dummy keys, `serviceUrl` → the fake). */
  app: CloudBase
  /** Every TCB API call received, in order (action + decoded JSON body). */
  requests: FakeRequest[]
  /** Per-request observer and added latency (round-trip counting, bench/roundtrips.ts), failure injection. */
  hooks: RequestHooks
  /** Open transactions (transactions.ts): how many, and ending them all as their lifetime running out would. */
  transactions: { open(): number; expire(): void }
  /** Names of the collections that exist. */
  collections(): string[]
  /** Drops every collection, document and file. */
  reset(): void
  close(): Promise<void>
}

/**
 * Sees every HTTP request the server receives — TCB API calls (`database.*`, `storage.*`, with their
 * decoded body) and the storage PUT/GET behind them (`cos.PUT`, `cos.GET`) — before it is answered;
 * `delayMs` is added to each one (a stand-in for the network). An `onRequest` that throws a ServiceError
 * on an API call fails that call with the error's code, unhandled (failure injection).
 */
export type RequestHooks = { onRequest?: (action: string, body?: Record<string, unknown>) => void; delayMs?: number }

async function observe(hooks: RequestHooks, action: string, body?: Record<string, unknown>): Promise<void> {
  hooks.onRequest?.(action, body)
  if (hooks.delayMs) await new Promise((resolve) => setTimeout(resolve, hooks.delayMs))
}

export type FakeOptions = {
  /** The clock that signed download links expire against (ms since epoch). Default: Date.now. */
  now?: () => number
}

const ENV = 'fake-env-0a1b2c'

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

function reply(res: ServerResponse, status: number, body: Buffer | string, contentType = 'application/json') {
  res.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(body) })
  res.end(body)
}

export async function startCloudbaseFake(options: FakeOptions = {}): Promise<CloudbaseFake> {
  const now = options.now ?? Date.now
  const requests: FakeRequest[] = []
  const hooks: RequestHooks = {}
  const database = new FakeDatabase()
  let baseUrl = ''
  const storage = new FakeStorage(ENV, () => baseUrl, () => Math.floor(now() / 1000))

  function api(body: Record<string, unknown>): Record<string, unknown> {
    const requestId = randomBytes(8).toString('hex')
    try {
      const action = String(body.action)
      requests.push({ action, body })
      if (body.envName !== ENV) throw new ServiceError('INVALID_ENV', `environment ${String(body.envName)} not found`)
      const handler = action.startsWith('database.') ? database : action.startsWith('storage.') ? storage : null
      if (!handler) throw new ServiceError('FAKE_UNSUPPORTED_ACTION', `the CloudBase fake does not emulate ${action}`)
      const data = handler.handle(action, body)
      // The SDK reads the new transaction's id at the top level of the reply (transaction/index.ts `init`).
      return action === 'database.startTransaction' ? { requestId, ...data } : { requestId, data }
    } catch (e) {
      if (e instanceof ServiceError) return { code: e.code, message: e.message, requestId }
      return { code: 'SYS_ERR', message: `fake failure: ${(e as Error).message}`, requestId }
    }
  }

  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost')
      const body = await readBody(req)
      if (req.method === 'POST' && url.pathname === '/admin') {
        const parsed = JSON.parse(body.toString('utf8')) as Record<string, unknown>
        try {
          await observe(hooks, String(parsed.action), parsed)
        } catch (e) {
          if (!(e instanceof ServiceError)) throw e
          return reply(res, 200, JSON.stringify({ code: e.code, message: e.message, requestId: 'injected' }))
        }
        return reply(res, 200, JSON.stringify(api(parsed)))
      }
      if (url.pathname.startsWith('/cos/')) {
        await observe(hooks, `cos.${req.method ?? 'GET'}`)
        const cloudPath = decodeURI(url.pathname.slice('/cos/'.length))
        const out = storage.cos(req.method ?? 'GET', cloudPath, url.searchParams, req.headers.authorization, body)
        return reply(res, out.status, out.body, out.contentType)
      }
      reply(res, 404, 'not found', 'text/plain')
    })().catch((e: Error) => reply(res, 500, e.message, 'text/plain'))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  // Off Tencent Cloud the SDK probes http://metadata.tencentyun.com before every call (two DNS
  // look-ups to the outside per request, never cached when they fail). TENCENTCLOUD=true is the
  // SDK's own switch that skips the probe; it only picks the internal endpoint, which
  // `serviceUrl` overrides anyway (src/utils/cloudplatform.ts, tcbapiendpoint.ts).
  process.env.TENCENTCLOUD ??= 'true'
  const app = tcb.init({
    env: ENV,
    secretId: 'fake-secret-id',
    secretKey: 'fake-secret-key',
    serviceUrl: `${baseUrl}/admin`,
    timeout: 10_000,
  })

  return {
    url: baseUrl,
    env: ENV,
    app,
    requests,
    hooks,
    transactions: { open: () => database.transactions.count(), expire: () => database.transactions.expire() },
    collections: () => database.collectionNames(),
    reset() {
      database.reset()
      storage.reset()
      requests.length = 0
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()))
        // The SDK keeps sockets alive (agentkeepalive): end them so the process can exit.
        server.closeAllConnections()
      }),
  }
}
