/**
 * Child process of tests/card/offline.test.ts: `node --import tsx offline-verifier.child.ts <publicKeyHex> <nowIso> <token>…`.
 * Every way out to the network is replaced by a trap that records the attempt and throws; only then is the
 * verifier module loaded (alone) and the tokens verified. Prints one JSON line: the results, the attempts, the
 * Node built-ins loaded after the traps were set, and the files loaded. OFFLINE_CONTROL=1 adds a deliberate fetch
 * and a built-in load after the verification, to show the instruments record them.
 */
import dgram from 'node:dgram'
import dns from 'node:dns'
import http from 'node:http'
import http2 from 'node:http2'
import https from 'node:https'
import net from 'node:net'
import tls from 'node:tls'
import { resolve, relative } from 'node:path'

const attempts: string[] = []
const trap = (name: string) => () => {
  attempts.push(name)
  throw new Error(`network unavailable: ${name}`)
}
const g = globalThis as Record<string, unknown>
g.fetch = trap('fetch')
g.WebSocket = trap('WebSocket')
g.XMLHttpRequest = trap('XMLHttpRequest')
g.EventSource = trap('EventSource')
const replace = (target: object, names: string[], label: string) => {
  for (const n of names) Object.defineProperty(target, n, { value: trap(`${label}.${n}`), configurable: true, writable: true })
}
replace(http, ['request', 'get'], 'http')
replace(https, ['request', 'get'], 'https')
replace(http2, ['connect'], 'http2')
replace(net, ['connect', 'createConnection'], 'net')
replace(net.Socket.prototype, ['connect'], 'net.Socket')
replace(tls, ['connect'], 'tls')
replace(dns, ['lookup', 'resolve', 'resolve4', 'resolve6'], 'dns')
replace(dns.promises, ['lookup', 'resolve'], 'dns.promises')
replace(dgram, ['createSocket'], 'dgram')

const root = resolve(__dirname, '..', '..')
/** Node's own record of every built-in module loaded so far (CommonJS or ESM alike), e.g. `NativeModule net`. */
const moduleLoadList = () => (process as unknown as { moduleLoadList: string[] }).moduleLoadList
const builtinsBefore = moduleLoadList().length
const filesBefore = new Set(Object.keys(require.cache))

// Loaded only now, after the traps: a static import would be hoisted above them.
// eslint-disable-next-line import/no-commonjs
const verifier = require('../../types/card-token') as typeof import('../../types/card-token')

const [publicKeyHex, nowIso, ...tokens] = process.argv.slice(2)
const publicKey = Uint8Array.from(publicKeyHex.match(/../g)!.map((h) => parseInt(h, 16)))
const now = new Date(nowIso)
const results = tokens.map((t) => {
  const r = verifier.verifyCardToken(t, publicKey, now)
  return { valid: r.valid, reason: r.reason, memberNo: r.member?.memberNo ?? null }
})
// The control run proves the instruments see what they look for: a fetch and a newly loaded built-in.
if (process.env.OFFLINE_CONTROL === '1') {
  try {
    void fetch('https://example.com/')
  } catch {
    /* recorded by the trap */
  }
  // eslint-disable-next-line import/no-commonjs
  require('node:zlib')
}

const builtins = moduleLoadList()
  .slice(builtinsBefore)
  .filter((m) => m.startsWith('NativeModule '))
  .map((m) => m.slice('NativeModule '.length))
const files = Object.keys(require.cache)
  .filter((f) => !filesBefore.has(f))
  .map((f) => relative(root, f))
process.stdout.write(`${JSON.stringify({ results, attempts, builtins, files })}\n`)
