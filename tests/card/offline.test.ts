/**
 * Offline verification: the verifier module ALONE, given only the public key, in a process where every way out
 * to the network throws (tests/card/offline-verifier.child.ts). It must still tell valid, expired, forged,
 * suspended and malformed tokens apart, without trying the network or loading a network module.
 */
import { execFileSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import { publicKeyOf, signCardToken, type CardClaims } from '../../types/card-token'

jest.setTimeout(60_000)

const root = resolve(__dirname, '..', '..')
const seed = Uint8Array.from({ length: 32 }, (_, i) => (i * 13 + 5) & 0xff)
const otherSeed = Uint8Array.from({ length: 32 }, (_, i) => (i * 29 + 1) & 0xff)
const hex = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('')
const NOW = new Date('2026-03-10T10:00:00+08:00')
const exp = NOW.getTime() / 1000 + 60
const claims = (over: Partial<CardClaims> = {}): CardClaims => ({
  memberNo: 'YW2026000007', orgId: 'sx', orgName: '苏溪镇总工会', nameMasked: '王*', status: 'active', exp, ...over,
})

type ChildReport = {
  results: { valid: boolean; reason: string; memberNo: string | null }[]
  attempts: string[]
  builtins: string[]
  files: string[]
}

function runChild(tokens: string[], control = false): ChildReport {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(__dirname, 'offline-verifier.child.ts'), hex(publicKeyOf(seed)), NOW.toISOString(), ...tokens], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, OFFLINE_CONTROL: control ? '1' : '' },
  })
  return JSON.parse(out.trim().split('\n').pop()!) as ChildReport
}

const NETWORK_BUILTINS = ['http', 'https', 'http2', 'net', 'tls', 'dns', 'dgram', 'undici', 'internal/deps/undici/undici']

let report: ChildReport
beforeAll(() => {
  report = runChild([
    signCardToken(claims(), seed),
    signCardToken(claims({ exp: exp - 120 }), seed),
    signCardToken(claims(), otherSeed),
    signCardToken(claims({ status: 'suspended' }), seed),
    'UC1.not-a-token',
  ])
})

it('When the network is unavailable, then the verifier alone still tells every kind of token apart', () => {
  expect(report.results).toEqual([
    { valid: true, reason: 'valid', memberNo: 'YW2026000007' },
    { valid: false, reason: 'expired', memberNo: 'YW2026000007' },
    { valid: false, reason: 'forged', memberNo: null },
    { valid: false, reason: 'suspended', memberNo: 'YW2026000007' },
    { valid: false, reason: 'malformed', memberNo: null },
  ])
})

it('When it verifies, then it never tries the network and loads no network module', () => {
  expect(report.attempts).toEqual([])
  expect(report.builtins.filter((m) => NETWORK_BUILTINS.includes(m))).toEqual([])
  expect(report.builtins).toEqual([])
})

it('When the verifier is loaded, then only the token module, its labels and the @noble libraries come with it', () => {
  const ours = report.files.filter((f) => !f.startsWith('node_modules/'))
  expect(ours.sort()).toEqual(['types/card-token.ts', 'types/membership-labels.ts'])
  expect(report.files.filter((f) => f.startsWith('node_modules/') && !f.startsWith('node_modules/@noble/'))).toEqual([])
})

it('When the control run fetches and loads a built-in on purpose, then the instruments record both', () => {
  const control = runChild([signCardToken(claims(), seed)], true)
  expect(control.results[0].valid).toBe(true)
  expect(control.attempts).toEqual(['fetch'])
  expect(control.builtins).toContain('zlib')
})
