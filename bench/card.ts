/**
 * The e-member card benchmarks of issue 4:
 * 1. `card.token` through the host (its own process, development mode) on a temporary SQLite file holding one
 *    union and `members` members, each request from the next member's WeChat account, against
 *    `listCalendarYears` on the same host in alternating slices (lib/load.ts), like the other host benches;
 * 2. offline verification in this process: `verifyCardToken` on a real token against a bare `ed25519.verify`
 *    of the same library on the very message and signature that token carries, alternating call by call in
 *    rounds (which goes first swaps every round). Target: verifyCardToken ≥ 80 % of the bare verify rate.
 */
import * as ed from '@noble/ed25519'
import { join } from 'node:path'
import { holderKey } from '../cloudfunctions/membership/lib/keys'
import { fieldCrypto } from '../cloudfunctions/_lib/runtime/crypto'
import { localKeys } from '../cloudfunctions/_lib/runtime/keys'
import type { Member } from '../cloudfunctions/_lib/store/port'
import { openSqliteStore } from '../cloudfunctions/_lib/store/sqlite'
import { publicKeyOf, signCardToken, signedPartsOf, verifyCardToken } from '../types/card-token'
import { CARD_TOKEN_TTL_SECONDS } from '../types/membership-labels'
import { startHostProcess } from './lib/host-process'
import { alternate, NOOP, type AlternateOptions, type LoadResult, type LoadSide } from './lib/load'
import { median } from './lib/stats'

export const VERIFY_RATIO_TARGET = 0.8

export type CardBenchOptions = { members: number; host: AlternateOptions; verify: { rounds: number; perRound: number } }

export type VerifyRates = {
  rounds: number
  perRound: number
  /** verifications per second: median over the rounds */
  cardPerSec: number
  barePerSec: number
  /** median of the per-round ratios (card ÷ bare) */
  ratio: number
  tokenChars: number
}

export type CardBenchResult = {
  members: number
  connections: number
  seconds: number
  slices: number
  token: LoadResult
  noop: LoadResult
  /** token req/s ÷ listCalendarYears req/s */
  ratio: number
  verify: VerifyRates
}

const ORG = { id: 'bench-card-union', name: '义乌华鑫织造有限公司工会', type: 'enterprise_union' as const, kind: null, parentId: null, path: '/bench-card-union/', townId: null }
const SURNAMES = Array.from('王李张刘陈杨黄赵吴周')
const openidOf = (i: number) => `bench-member-${i}`

/** One union and `n` active members whose holder keys are those of `bench-member-<i>` under the host's keys. */
async function seedMembers(dbPath: string, dataDir: string, n: number) {
  const crypto = fieldCrypto(localKeys(dataDir)) // the same keys.json the host will load
  const store = openSqliteStore(dbPath)
  try {
    await store.directory.upsertBatch({ orgs: [ORG], enterprises: [], officers: [] })
    for (let i = 0; i < n; i++) {
      const name = `${SURNAMES[i % SURNAMES.length]}小${i}`
      const memberNo = `YW${String(i + 1).padStart(10, '0')}`
      const at = '2026-03-10T09:00:00+08:00'
      const m: Member = {
        id: `bench-member-${i}`, memberNo, holderKey: holderKey(crypto, openidOf(i)), orgId: ORG.id, orgPath: ORG.path,
        status: 'active', since: '2026-03-10', statusReason: null, applicationId: `bench-app-${i}`,
        idHash: crypto.hash(`id:bench-${i}`), idEnc: crypto.encrypt(`33078219900101${String(i).padStart(4, '0')}`), idMasked: '3307**********0000',
        phoneHash: crypto.hash(`phone:bench-${i}`), phoneEnc: crypto.encrypt('13800000000'), phoneMasked: '138****0000',
        nameEnc: crypto.encrypt(name), nameMasked: `${name[0]}**`,
        workplace: { enterpriseId: null, enterpriseName: '义乌华鑫织造有限公司', townId: null, noFixedEmployer: false, occupation: null, residenceTownId: null, employerBlind: false },
        history: [{ at, type: 'approved', fromOrgId: null, toOrgId: ORG.id, reason: null }], updatedAt: at, version: 1,
      }
      if (!(await store.memberships.createMember(m))) throw new Error(`bench member ${i} was not created`)
    }
  } finally {
    await store.close()
  }
}

async function benchTokenHost(url: string, members: number, opts: AlternateOptions) {
  let i = 0
  const side: LoadSide = { path: '/fn/card', next: () => ({ body: '{"action":"token"}', headers: { 'x-dev-openid': openidOf(i++ % members) } }) }
  const probe = await fetch(`${url}/fn/card`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-dev-openid': openidOf(0) }, body: '{"action":"token"}' })
  const text = await probe.text()
  if (!text.startsWith('{"ok":true')) throw new Error(`card.token refused the bench member: ${text.slice(0, 300)}`)
  return alternate(url, side, NOOP, opts)
}

/**
 * One round: `n` pairs of calls, card and bare alternating call by call (which goes first swaps every round),
 * so a change in the machine's load falls on both alike. Returns each side's verifications per second.
 */
function round(n: number, cardFirst: boolean, card: () => boolean, bare: () => boolean): { card: number; bare: number } {
  const ns = { card: 0n, bare: 0n }
  const timed = (side: 'card' | 'bare', fn: () => boolean) => {
    const start = process.hrtime.bigint()
    const ok = fn()
    ns[side] += process.hrtime.bigint() - start
    if (!ok) throw new Error(`a ${side} verification failed in the bench`)
  }
  const order = cardFirst ? (['card', 'bare'] as const) : (['bare', 'card'] as const)
  for (let k = 0; k < n; k++) for (const side of order) timed(side, side === 'card' ? card : bare)
  return { card: n / (Number(ns.card) / 1e9), bare: n / (Number(ns.bare) / 1e9) }
}

/** verifyCardToken against a bare ed25519.verify of the same message and signature, interleaved. */
export function benchOfflineVerify(opts: { rounds: number; perRound: number }): VerifyRates {
  const seed = Uint8Array.from({ length: 32 }, (_, i) => (i * 31 + 7) & 0xff)
  const publicKey = publicKeyOf(seed)
  const now = new Date('2026-03-10T10:00:00+08:00')
  const claims = { memberNo: 'YW0000000013', orgId: 'eu-hx', orgName: '华鑫织造工会', nameMasked: '王**', status: 'active' as const, exp: now.getTime() / 1000 + CARD_TOKEN_TTL_SECONDS }
  const token = signCardToken(claims, seed)
  const { message, signature } = signedPartsOf(token)!
  const card = () => verifyCardToken(token, publicKey, now).valid
  const bare = () => ed.verify(signature, message, publicKey)
  round(Math.max(10, opts.perRound >> 2), true, card, bare) // warm-up
  const rounds = Array.from({ length: opts.rounds }, (_, r) => round(opts.perRound, r % 2 === 0, card, bare))
  return {
    rounds: opts.rounds,
    perRound: opts.perRound,
    cardPerSec: median(rounds.map((r) => r.card)),
    barePerSec: median(rounds.map((r) => r.bare)),
    ratio: median(rounds.map((r) => r.card / r.bare)),
    tokenChars: token.length,
  }
}

export async function benchCard(workDir: string, opts: CardBenchOptions, step: (m: string) => void = () => {}): Promise<CardBenchResult> {
  const dbPath = join(workDir, 'card.db')
  const dataDir = join(workDir, 'card-host')
  step(`card: seeding ${opts.members.toLocaleString()} members`)
  await seedMembers(dbPath, dataDir, opts.members)
  const host = await startHostProcess(dbPath, dataDir)
  let run: Awaited<ReturnType<typeof benchTokenHost>>
  try {
    step(`card: token through the host, ${opts.host.connections} connections`)
    run = await benchTokenHost(host.url, opts.members, opts.host)
  } finally {
    await host.stop()
  }
  step(`card: offline verify vs bare ed25519.verify, ${opts.verify.rounds} rounds of ${opts.verify.perRound}`)
  const verify = benchOfflineVerify(opts.verify)
  return {
    members: opts.members,
    connections: opts.host.connections,
    seconds: run.seconds,
    slices: opts.host.slices,
    token: run.subject,
    noop: run.baseline,
    ratio: run.subject.reqPerSec / run.baseline.reqPerSec,
    verify,
  }
}
