/**
 * `mutualAid.estimate` and `mutualAid.claim` through the host under load (issue 12: p99 ≤ 50 ms at 16 clients), each
 * against `listCalendarYears` on the same host in alternating slices (lib/load.ts), on the demo directory.
 * The state is built first through the host, as the app builds it: the city admin saves a 2026 plan; `members`
 * workers of 华鑫织造 apply to join, 苏溪镇总工会 approves them; the union (华鑫织造工会) enrols them in the window and
 * the town confirms their fee, so cover runs from 2026-01-01; each uploads three real PNGs (invoice, settlement,
 * discharge summary) through mutualAid.upload, reused by all of that worker's claims. The load runs on 2026-03-10
 * (`x-dev-now`), each request from the next member round the pool: every estimate is a covered member's full
 * computation, every claim a real filing (its own requestId and invoice number, a stay in January–March,
 * 50–200 yuan payable so no member's annual cap runs out). Ok replies are compared with the claims the file gained.
 */
import { png } from '../tests/functions/grievance/images'
import { idNumberCheckChar } from '../types/id-number'
import { addDays } from '../types/legal/days'
import { call, countRows, probe, startDemoHost } from './lib/demo-host'
import { alternate, NOOP, type AlternateOptions, type LoadResult, type LoadSide } from './lib/load'

export type MutualAidHostOptions = { members: number; load: AlternateOptions }

export type HostActionRun = {
  subject: LoadResult
  noop: LoadResult
  /** subject req/s ÷ listCalendarYears req/s */
  ratio: number
  /** ok replies, warm-up included */
  okReplies: number
}

export type MutualAidHostResult = {
  members: number
  connections: number
  seconds: number
  slices: number
  /** seconds to build the members' state through the host */
  setupSeconds: number
  /** `refusal: null` among the estimate replies: the covered member's whole path ran */
  estimate: HostActionRun & { covered: number }
  /** the claims the database gained while the claim load ran; replies that reserved nothing (cap used up) */
  claim: HostActionRun & { claimsCreated: number; zeroPayable: number }
}

const JAN05 = '2026-01-05T10:00:00+08:00'
const JAN10 = '2026-01-10T10:00:00+08:00'
const TUE = '2026-03-10T10:00:00+08:00'
const SLOTS = ['invoice', 'settlement', 'discharge_summary'] as const
const SURNAMES = Array.from('王李张刘陈杨黄赵吴周')
const HOSPITALS = ['义乌市中心医院', '义乌市妇幼保健院', '浙大四院', '义乌市中医医院']

const PLAN = {
  name: '2026年度职工医疗互助（压测）', year: 2026, feePerPerson: 60,
  coverFrom: '2026-01-01', coverTo: '2026-12-31', enrolFrom: '2025-12-01', enrolTo: '2026-01-31',
  waitingDays: 90, claimWithinDays: 180, annualCap: 30000, reviewThreshold: 5000, sampleRate: 0.1,
  benefits: [{ kind: 'inpatient', deductible: 500, ratio: 0.5, perStayCap: 10000 }, { kind: 'critical_illness', lumpSum: 5000, diseases: ['恶性肿瘤'] }],
}

type Worker = { openid: string; name: string; memberNo: string; photos: { slot: string; fileId: string }[] }

/** A valid 18-digit ID number (Yiwu address code, a birth day from 1975 on, a sequence number), distinct for i < 7,000,000. */
function idNumberOf(i: number): string {
  const birth = addDays('1975-01-01', i % 7000).replace(/-/g, '')
  const first17 = `330782${birth}${String(Math.floor(i / 7000) % 1000).padStart(3, '0')}`
  return first17 + idNumberCheckChar(first17)
}

/** Runs `fn` over 0…n−1, `width` at a time. */
async function inParallel<T>(n: number, width: number, fn: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = new Array(n)
  let next = 0
  await Promise.all(Array.from({ length: Math.min(width, n) }, async () => {
    for (let i = next++; i < n; i = next++) out[i] = await fn(i)
  }))
  return out
}

/** The plan, and `n` covered members of 华鑫织造工会 with three photos each, all through the host. */
async function buildMembers(url: string, run: string, n: number): Promise<Worker[]> {
  const planId = (await call<{ id: string }>(url, 'mutualAid', 'o-city-admin', { action: 'savePlan', plan: PLAN }, JAN10)).id
  const workers = await inParallel(n, 4, async (i): Promise<Worker> => {
    const openid = `bench-ma-${run}-${i}`
    const name = `${SURNAMES[i % SURNAMES.length]}互${i}`
    const applied = await call<{ id: string }>(url, 'membership', openid, {
      action: 'apply', requestId: `bench-apply-${run}-${i}`, name, idNumber: idNumberOf(i), phone: `137${String(10_000_000 + i).slice(-8)}`,
      enterpriseId: 'e-hx', consents: { idNumber: true, shareWithUnion: true },
    }, JAN05)
    const { memberNo } = await call<{ memberNo: string }>(url, 'membership', 'o-town-sx-1', { action: 'approve', id: applied.id }, JAN05)
    const photos = []
    for (const [k, slot] of SLOTS.entries()) {
      const data = png([(i * 7 + k * 40) % 256, 100, 200]).toString('base64')
      photos.push({ slot, fileId: (await call<{ fileId: string }>(url, 'mutualAid', openid, { action: 'upload', contentType: 'image/png', dataBase64: data }, TUE)).fileId })
    }
    return { openid, name, memberNo, photos }
  })
  const memberNos = workers.map((w) => w.memberNo)
  for (let k = 0; k < memberNos.length; k += 5000) {
    const part = memberNos.slice(k, k + 5000)
    const enrolled = await call<{ enrolled: unknown[]; refused: unknown[] }>(url, 'mutualAid', 'o-eu-hx-1', { action: 'enrol', planId, memberNos: part }, JAN10)
    if (enrolled.enrolled.length !== part.length) throw new Error(`enrol refused: ${JSON.stringify(enrolled.refused).slice(0, 300)}`)
    const paid = await call<{ confirmed: unknown[]; refused: unknown[] }>(url, 'mutualAid', 'o-town-sx-1', { action: 'confirmPayment', planId, memberNos: part, reference: `BENCH-转账-${run}-${k}` }, JAN10)
    if (paid.confirmed.length !== part.length) throw new Error(`confirmPayment refused: ${JSON.stringify(paid.refused).slice(0, 300)}`)
  }
  return workers
}

/** A stay in January–March 2026 (admitted 01-02 … 03-02, 0–4 nights), 600–900 yuan self-paid in policy. */
function stay(n: number) {
  const admittedAt = addDays('2026-01-02', n % 60)
  const selfPaidInPolicy = 600 + (n % 4) * 100
  const fundPaid = 2000 + (n % 10) * 100
  return { benefit: 'inpatient', admittedAt, dischargedAt: addDays(admittedAt, n % 5), selfPaidInPolicy, fundPaid, totalCost: selfPaidInPolicy + fundPaid + 800 }
}

/**
 * The next member each request, round the pool: with several members per connection one member's claims do not
 * overlap (a person files one at a time; two at once would race for the same enrolment's cap and retry).
 */
const workerAt = (workers: Worker[], n: number) => workers[n % workers.length]
const headersOf = (w: Worker) => ({ 'x-dev-openid': w.openid, 'x-dev-now': TUE })

function estimateSide(workers: Worker[], tally: { ok: number; covered: number }): LoadSide {
  let i = 0
  return {
    path: '/fn/mutualAid',
    next() {
      const n = i++
      const { benefit, admittedAt, dischargedAt } = stay(n)
      // 300–19,800 yuan self-paid (under the deductible up to past the per-stay cap); every third without the totals.
      const body = { action: 'estimate', benefit, admittedAt, dischargedAt, selfPaidInPolicy: 300 + ((n * 37) % 40) * 500, ...(n % 3 ? {} : { totalCost: 30000, fundPaid: 5000 }) }
      return { body: JSON.stringify(body), headers: headersOf(workerAt(workers, n)) }
    },
    onReply(text) {
      tally.ok++
      if (text.includes('"refusal":null')) tally.covered++
    },
  }
}

function claimSide(workers: Worker[], run: string, tally: { ok: number; zeroPayable: number }): LoadSide {
  const invoiceRun = String(Date.now() % 1_000_000).padStart(6, '0')
  let i = 0
  return {
    path: '/fn/mutualAid',
    next() {
      const n = i++
      const w = workerAt(workers, n)
      const body = {
        action: 'claim', requestId: `bench-${run}-${n}`, ...stay(n), hospital: HOSPITALS[n % HOSPITALS.length],
        invoiceNumbers: [`26${invoiceRun}${String(n).padStart(12, '0')}`], attachments: w.photos,
        payout: { bankName: '义乌农商银行', accountNo: `62220212345${String(10_000_000 + (n % 1000)).slice(-8)}`, accountName: w.name },
        diagnosis: n % 2 ? '急性阑尾炎术后' : undefined, consents: { health: true },
      }
      return { body: JSON.stringify(body), headers: headersOf(w) }
    },
    onReply(text) {
      tally.ok++
      if (text.includes('"payable":0,')) tally.zeroPayable++
    },
  }
}

const runOf = (r: Awaited<ReturnType<typeof alternate>>, okReplies: number): HostActionRun => ({
  subject: r.subject, noop: r.baseline, ratio: r.subject.reqPerSec / r.baseline.reqPerSec, okReplies,
})

export async function benchMutualAidHost(workDir: string, opts: MutualAidHostOptions, step: (m: string) => void = () => {}): Promise<MutualAidHostResult> {
  // Fewer members than a few rounds of the connections would put two claims of one member in flight (see workerAt).
  if (opts.members < 4 * opts.load.connections) throw new Error(`mutual aid bench: ${opts.members} members for ${opts.load.connections} connections; use at least 4 per connection`)
  const { host, dbPath } = await startDemoHost(workDir, 'mutual-aid')
  try {
    const run = Date.now().toString(36)
    step(`mutual aid: ${opts.members} members applied, approved, enrolled, paid for and three photos each, through the host`)
    const started = Date.now()
    const workers = await buildMembers(host.url, run, opts.members)
    const setupSeconds = (Date.now() - started) / 1000

    step(`mutual aid: estimate through the host, ${opts.load.connections} connections`)
    const est = { ok: 0, covered: 0 }
    const eSide = estimateSide(workers, est)
    await probe(host.url, eSide, 'mutualAid.estimate')
    const estimate = { ...runOf(await alternate(host.url, eSide, NOOP, opts.load), est.ok), covered: est.covered }

    step(`mutual aid: claim through the host, ${opts.load.connections} connections`)
    const cl = { ok: 0, zeroPayable: 0 }
    const cSide = claimSide(workers, run, cl)
    await probe(host.url, cSide, 'mutualAid.claim')
    const before = countRows(dbPath, 'mutual_aid_claims')
    const claimRun = await alternate(host.url, cSide, NOOP, opts.load)
    const claim = { ...runOf(claimRun, cl.ok), claimsCreated: countRows(dbPath, 'mutual_aid_claims') - before, zeroPayable: cl.zeroPayable }
    return { members: opts.members, connections: opts.load.connections, seconds: claimRun.seconds, slices: opts.load.slices, setupSeconds, estimate, claim }
  } finally {
    await host.stop()
  }
}
