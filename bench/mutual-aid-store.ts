/**
 * Mutual aid at the port (issue 12: "duplicate-invoice check and the annual-cap sum at 1,000,000 claims: p99 ≤ 5 ms
 * at the port"), SQLite adapter on a file (WAL), through `store.mutualAid` as the claim handler calls it:
 * - a generator writes `claims` claims (1–3 invoices each) of `enrolments` members of 500 unions under one plan,
 *   with the adapter's own rows (mutual-aid-rows.ts: the same columns and JSON documents fileClaim writes) on a
 *   second connection in one unjournalled transaction, the secondary indexes dropped during the load and rebuilt
 *   after it, invoice keys inserted in key order; the store is opened on the file afterwards;
 * - then, each call awaited alone, in random order: `invoiceUsed` for invoice hashes half used, half never seen
 *   (the duplicate check), `getEnrolment` of random members (the annual cap left is `annualCap - capUsed` on the
 *   enrolment: one read, not a sum over claims), and `fileClaim` of new claims (the whole write unit: request key,
 *   invoice keys, enrolment version, three writes) for reference.
 *
 * Hashes are HMAC-SHA256 hex of invoice numbers, as the handler's keyed hashes; encrypted fields hold strings of
 * the real shape. `npx tsx bench/mutual-aid-store.ts` (MUTUAL_AID_CLAIMS=200000 for a smaller set,
 * MUTUAL_AID_SAMPLES for the number of timed calls of each kind).
 */
import { createHmac, randomBytes } from 'node:crypto'
import { statSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import type { Claim, Enrolment } from '../cloudfunctions/_lib/store/mutual-aid-port'
import { migrate, openSqliteStore } from '../cloudfunctions/_lib/store/sqlite'
import { claimRow, enrolmentRow, MUTUAL_AID_SQL } from '../cloudfunctions/_lib/store/sqlite/mutual-aid-rows'
import { computePayout, type InpatientBenefit } from '../types/mutual-aid/payout'
import { seededRng, type Rng } from './lib/rng'
import { msSince, percentile, round } from './lib/stats'
import { makeTempDir } from './lib/tmp'

export type MutualAidStoreBenchOptions = { claims: number; enrolments: number; samples: number; seed: number }
export const DEFAULT_MUTUAL_AID_STORE_BENCH: MutualAidStoreBenchOptions = { claims: 1_000_000, enrolments: 400_000, samples: 5_000, seed: 12 }

const PLAN = 'plan-2027'
const ANNUAL_CAP = 30_000
const BENEFIT: InpatientBenefit = { kind: 'inpatient', deductible: 500, ratio: 0.5, perStayCap: 10_000 }
const KEY = randomBytes(32)
const hmac = (text: string) => createHmac('sha256', KEY).update(text).digest('hex')
const invoiceHash = (n: number) => hmac(`invoice:${n}`)
const b64 = (rng: Rng, n: number) => Buffer.from(Array.from({ length: n }, () => rng.int(0, 255))).toString('base64url')
const box = (rng: Rng, n: number) => `v1.${b64(rng, 12)}.${b64(rng, 16)}.${b64(rng, n)}`
const day = (d: number) => new Date(Date.UTC(2027, 0, 1) + d * 86_400_000).toISOString().slice(0, 10)
const memberId = (i: number) => `m-${String(i).padStart(7, '0')}`

function makeEnrolment(i: number): Enrolment {
  const orgId = `eu-${String(i % 500).padStart(3, '0')}`
  return {
    id: `${PLAN}:${memberId(i)}`, planId: PLAN, memberId: memberId(i), memberNo: `YW${String(i + 1).padStart(10, '0')}`,
    holderKey: hmac(`holder:${i}`), orgId, orgPath: `/city/town-${i % 14}/${orgId}/`, by: 'union', status: 'active',
    enrolledAt: '2026-12-01T10:00:00+08:00', feeDue: 60, paymentReference: `BANK-${i}`, paymentConfirmedAt: '2026-12-05T15:00:00+08:00',
    coverFrom: '2027-01-01', coverTo: '2027-12-31', capUsed: 0, criticalUsed: false, endedOn: null, version: 1,
  }
}

function makeClaim(rng: Rng, i: number, e: Enrolment, invoices: string[]): Claim {
  const admitted = rng.int(0, 330)
  const createdAt = `${day(admitted + rng.int(3, 30))}T${String(rng.int(8, 20)).padStart(2, '0')}:00:00+08:00`
  const selfPaid = rng.int(200, 40_000)
  const payout = computePayout({ benefit: BENEFIT, selfPaidInPolicy: selfPaid, annualCapLeft: ANNUAL_CAP - e.capUsed, criticalAlreadyPaid: false })
  const status = rng.pick(['paid', 'paid', 'paid', 'approved', 'checked', 'submitted', 'returned', 'rejected'] as const)
  // Documents complete (checked and after): the decide-by is set.
  const complete = status !== 'submitted' && status !== 'returned'
  const decideBy = complete ? `${day(admitted + 40)}T23:59:59+08:00` : null
  return {
    id: `mac-${String(i).padStart(8, '0')}`, requestKey: hmac(`request:${i}`), holderKey: e.holderKey, enrolmentId: e.id, planId: PLAN,
    memberNo: e.memberNo, benefit: 'inpatient', hospital: '义乌市中心医院', admittedAt: day(admitted), dischargedAt: day(admitted + rng.int(1, 20)),
    totalCost: selfPaid * 3, fundPaid: selfPaid * 2, selfPaidInPolicy: selfPaid, invoiceHashes: invoices,
    documents: ['invoice', 'settlement', 'discharge_summary'].map((slot) => ({ slot: slot as 'invoice', fileId: `private/mutual-aid/${b64(rng, 12)}.jpg` })),
    payoutEnc: box(rng, 60), accountMasked: '6222 **** **** 1234', diagnosisEnc: rng.chance(0.5) ? box(rng, 40) : null,
    consents: { health: { version: '2027-01', at: createdAt } }, payout, reductions: payout.reasons, status,
    reviewOrgId: e.orgId, reviewPath: e.orgPath, approveOrgId: e.orgPath.split('/')[2], approvePath: `/city/${e.orgPath.split('/')[2]}/`,
    sampled: rng.chance(0.1), sampleDraw: rng.next(), decideBy, escalateAt: status === 'checked' ? decideBy : null, overdue: false,
    approvals: status === 'paid' || status === 'approved' ? [{ by: 'o-town-1', at: createdAt }] : [],
    rejection: status === 'rejected' ? { code: 'DOCUMENTS_INVALID', note: '票据无法核验' } : null,
    paidAt: status === 'paid' ? createdAt : null, paymentReference: status === 'paid' ? `PAY-${i}` : null, createdAt,
    history: [{ at: createdAt, type: 'submitted', actor: null }], version: 1,
  }
}

/** Loads the enrolments, claims and invoice keys; returns every invoice number used (by claim order). */
function generate(path: string, opts: MutualAidStoreBenchOptions) {
  const rng = seededRng(opts.seed)
  const db = new Database(path)
  migrate(db)
  // A throwaway load (as bench/membership-store.ts): no journal, no fsync; WAL is restored before the store opens it.
  db.unsafeMode(true)
  if (db.pragma('journal_mode = OFF', { simple: true }) !== 'off') throw new Error('the bulk load could not turn the journal off')
  db.unsafeMode(false)
  db.pragma('synchronous = OFF')
  db.pragma('cache_size = -262144')
  const indexes = db
    .prepare<[], { name: string; sql: string }>("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name LIKE 'mutual_aid_%' AND sql IS NOT NULL")
    .all()
  const insertEnrolment = db.prepare(MUTUAL_AID_SQL.insertEnrolment)
  const insertClaim = db.prepare(MUTUAL_AID_SQL.insertClaim)
  const insertInvoice = db.prepare<[string, string]>(MUTUAL_AID_SQL.insertInvoice)
  const enrolments = Array.from({ length: opts.enrolments }, (_, i) => makeEnrolment(i))
  const keys: Array<[hash: string, claimId: string]> = []
  let invoices = 0
  const start = process.hrtime.bigint()
  db.transaction(() => {
    for (const { name } of indexes) db.exec(`DROP INDEX ${name}`)
    for (let i = 0; i < opts.claims; i++) {
      const e = enrolments[rng.int(0, enrolments.length - 1)]
      const hashes = Array.from({ length: rng.int(1, 3) }, () => invoiceHash(invoices++))
      const c = makeClaim(rng, i, e, hashes)
      if (c.status !== 'rejected') e.capUsed = Math.min(ANNUAL_CAP, round(e.capUsed + c.payout.payable))
      insertClaim.run(claimRow(c))
      for (const h of hashes) keys.push([h, c.id])
    }
    for (const e of enrolments) insertEnrolment.run(enrolmentRow({ ...e, version: 2 }))
    // In key order: appends to the primary-key b-tree instead of two million random inserts.
    keys.sort((a, b) => (a[0] < b[0] ? -1 : 1))
    for (const [hash, claimId] of keys) insertInvoice.run(hash, claimId)
  })()
  const loadMs = msSince(start)
  db.transaction(() => {
    for (const { sql } of indexes) db.exec(sql)
  })()
  const ms = msSince(start)
  db.pragma('journal_mode = WAL')
  db.close()
  return { invoices, enrolments, build: { seconds: round(ms / 1000, 1), loadSeconds: round(loadMs / 1000, 1), fileMiB: round(statSync(path).size / 2 ** 20, 0) } }
}

const timing = (times: number[]) => ({ p50Ms: round(percentile(times, 50), 3), p99Ms: round(percentile(times, 99), 3), maxMs: round(Math.max(...times), 3) })

export async function benchMutualAidStore(options: Partial<MutualAidStoreBenchOptions> = {}) {
  const opts = { ...DEFAULT_MUTUAL_AID_STORE_BENCH, ...options }
  const dir = makeTempDir('mutual-aid')
  const path = join(dir.path, 'store.db')
  try {
    const { invoices, enrolments, build } = generate(path, opts)
    const store = openSqliteStore(path)
    try {
      const rng = seededRng(opts.seed + 1)
      const times = { invoiceUsed: [] as number[], getEnrolment: [] as number[], fileClaim: [] as number[] }
      const timed = async <T>(into: number[], work: () => Promise<T>): Promise<T> => {
        const start = process.hrtime.bigint()
        const value = await work()
        into.push(msSince(start))
        return value
      }
      let used = 0
      let next = opts.claims
      for (let n = 0; n < opts.samples + 200; n++) {
        // Warm-up rounds (the first 200) are not kept.
        const keep: typeof times = n >= 200 ? times : { invoiceUsed: [], getEnrolment: [], fileClaim: [] }
        const known = rng.chance(0.5)
        const hash = invoiceHash(known ? rng.int(0, invoices - 1) : invoices + 10_000_000 + n)
        const isUsed = await timed(keep.invoiceUsed, () => store.mutualAid.invoiceUsed(hash))
        if (isUsed !== known) throw new Error(`invoiceUsed answered ${isUsed} for a ${known ? 'used' : 'new'} invoice`)
        if (isUsed) used++
        const e = await timed(keep.getEnrolment, () => store.mutualAid.getEnrolment(enrolments[rng.int(0, enrolments.length - 1)].id))
        if (!e) throw new Error('an enrolment is missing')
        if (n % 2 === 0) {
          const c = makeClaim(rng, next, e, [invoiceHash(invoices + next++)])
          const filed = await timed(keep.fileClaim, () => store.mutualAid.fileClaim(c, { ...e, capUsed: round(e.capUsed + c.payout.payable), version: e.version + 1 }))
          if (!filed.ok) throw new Error(`fileClaim refused: ${filed.reason}`)
        }
      }
      return {
        options: opts,
        build,
        invoices,
        invoiceUsed: { ...timing(times.invoiceUsed), samples: times.invoiceUsed.length, used },
        getEnrolment: { ...timing(times.getEnrolment), samples: times.getEnrolment.length },
        fileClaim: { ...timing(times.fileClaim), samples: times.fileClaim.length },
      }
    } finally {
      await store.close()
    }
  } finally {
    dir.remove()
  }
}

if (require.main === module) {
  const claims = Number(process.env.MUTUAL_AID_CLAIMS) || DEFAULT_MUTUAL_AID_STORE_BENCH.claims
  const enrolments = Math.max(1000, Math.round(claims * 0.4))
  const samples = Number(process.env.MUTUAL_AID_SAMPLES) || DEFAULT_MUTUAL_AID_STORE_BENCH.samples
  benchMutualAidStore({ claims, enrolments, samples })
    .then((r) => {
      process.stdout.write(`${JSON.stringify(r, null, 2)}\n`)
      const line = (name: string, t: { p50Ms: number; p99Ms: number; maxMs: number }) => `${name} p50 ${t.p50Ms} ms, p99 ${t.p99Ms} ms (max ${t.maxMs} ms)`
      process.stdout.write(
        `mutual aid at the port, ${claims.toLocaleString()} claims / ${r.invoices.toLocaleString()} invoices / ${enrolments.toLocaleString()} enrolments ` +
          `(built in ${r.build.seconds} s, ${r.build.fileMiB} MiB): ${line('invoiceUsed', r.invoiceUsed)}; ${line('getEnrolment', r.getEnrolment)}; ` +
          `${line('fileClaim', r.fileClaim)}; load average ${loadavg()[0].toFixed(1)}\n`,
      )
    })
    .catch((e: Error) => {
      process.stderr.write(`${e.stack ?? e.message}\n`)
      process.exit(1)
    })
}
