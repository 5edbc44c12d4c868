/**
 * The membership store at scale, at the port (SQLite adapter, WAL, a file on disk), for issue 4's
 * "application queue p99 at 1,000,000 members":
 * - a generator that writes `members` approved join applications with their member rows, `rejected` rejected
 *   applications and `pending` pending ones onto a real imported directory (one town federation holds a large
 *   share of both), through prepared statements in one transaction, the indexes built afterwards;
 * - listQueue p50/p99 (pages of 20) for first pages of small orgs and of the big town with and without the
 *   status/overdue filters, a keyset page deep in the big town's pending queue against an OFFSET query at the
 *   same depth, and a walk that follows `next` through the whole pending queue;
 * - listDue: walking the due applications when 1 % of the pending ones are past review-by.
 *
 * What is not real: the encrypted and hashed columns hold seeded random strings of the real lengths and
 * shapes (`v1.<iv>.<tag>.<ciphertext>` base64url boxes, 64-hex HMACs), not AES-GCM/HMAC output: the bench
 * measures queue reads, which never decrypt. Review-by is received + 21 calendar days (≈ 15 working days)
 * instead of the working-day calendar; only its spread (over months) matters here.
 */
import Database from 'better-sqlite3'
import { statSync } from 'node:fs'
import type { OrgType } from '../types/directory'
import type { MembershipRouteReason } from '../types/membership-labels'
import { formatMemberNo } from '../cloudfunctions/_lib/domain/membership/member-no'
import { toIso } from '../cloudfunctions/_lib/runtime/time'
import type { Application, Member, Store } from '../cloudfunctions/_lib/store/port'
import { openSqliteStore } from '../cloudfunctions/_lib/store/sqlite'
import { APPLICATION_ROWS, MEMBER_ROWS } from '../cloudfunctions/_lib/store/sqlite/membership-rows'
import { seededRng, type Rng } from './lib/rng'
import { msSince, percentile, round } from './lib/stats'

export type MembershipStoreBenchOptions = {
  /** Approved join applications, each with its member row. */
  members: number
  /** Of those, held by the big town federation (drawn at this rate; the count is read back). */
  bigOrgMembers: number
  rejected: number
  pending: number
  /** Of the pending ones, at the big town (drawn at this rate). */
  bigOrgPending: number
  /** Of the pending ones, escalated to the root and marked overdue there (the only place `overdue` is set). */
  overduePending: number
  /** How deep the deep-page and OFFSET measurements go into the big town's pending queue. */
  depth: number
  /** How deep the unfiltered deep page goes into the big town's whole queue. */
  allDepth: number
  pageSize: number
  samples: number
  offsetSamples: number
  seed?: number
}

export const DEFAULT_MEMBERSHIP_BENCH: MembershipStoreBenchOptions = {
  members: 1_000_000,
  bigOrgMembers: 200_000,
  rejected: 20_000,
  pending: 50_000,
  bigOrgPending: 30_000,
  overduePending: 500,
  depth: 25_000,
  allDepth: 200_000,
  pageSize: 20,
  samples: 2_000,
  offsetSamples: 30,
}

/** An org applications may sit at, as the directory stores it. */
export type MemberOrg = { id: string; type: OrgType; path: string; townId: string | null }
/** The root (city federation), the big town, and every other org below the root. */
export type MemberLayout = { root: MemberOrg; big: MemberOrg; others: MemberOrg[] }

const DAY = 86_400_000
const HISTORY_START = Date.parse('2023-01-01T00:00:00+08:00')
const HISTORY_SPAN = 3 * 365 * DAY
const PENDING_START = HISTORY_START + HISTORY_SPAN
const PENDING_SPAN = 120 * DAY
const REVIEW_DAYS = 21
/** "The end (24:00) of day d" (days since HISTORY_START), precomputed over the whole span. */
const DAY_ENDS = Array.from({ length: (HISTORY_SPAN + PENDING_SPAN) / DAY + REVIEW_DAYS + 2 }, (_, d) => toIso(new Date(HISTORY_START + (d + 1) * DAY)))
const dayOf = (ms: number) => Math.floor((ms - HISTORY_START) / DAY)

const B32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'
const SURNAMES = Array.from('王李张刘陈杨黄赵吴周徐孙马朱胡郭何林')
const OCCUPATIONS = ['快递员', '外卖送餐员', '网约车驾驶员', '货车司机', '家政服务员'] as const

/** Seeded random text; substrings at random offsets stand in for random values of a given length. */
function pool(rng: Rng, alphabet: string, length: number): string {
  const out: string[] = []
  for (let i = 0; i < length; i++) out.push(alphabet[rng.int(0, alphabet.length - 1)])
  return out.join('')
}

/** Where one generated application sits and why. */
type Placement = { org: MemberOrg; reason: MembershipRouteReason }

/** A route reason an org of this type would hold (employer-blind only at federations, as the domain requires). */
function reasonAt(org: MemberOrg, rng: Rng): MembershipRouteReason {
  switch (org.type) {
    case 'enterprise_union':
      return 'ENTERPRISE_UNION'
    case 'joint_union':
      return 'JOINT_UNION'
    case 'town_federation':
      return (['TOWN', 'TOWN', 'EMPLOYER_BLIND', 'NEW_EMPLOYMENT'] as const)[rng.int(0, 3)]
    case 'city_federation':
      return 'TRIAGE_CITY'
    default:
      return 'ESCALATED'
  }
}

const BASE_CONSENTS = { idNumber: { version: 'id-2026-11', at: '' }, shareWithUnion: { version: 'share-2026-11', at: '' } }
const BASE_APPLICATION: Application = {
  identityConflict: false,
  id: '', kind: 'join', status: 'approved',
  idHash: '', idEnc: '', phoneHash: '', phoneEnc: '', nameEnc: '', nameMasked: '', idMasked: '', phoneMasked: '',
  enterpriseId: null, enterpriseName: null, townId: null, noFixedEmployer: false, occupation: null, residenceTownId: null, employerBlind: false,
  applicantKey: '', holderKey: '', requestKey: '', memberId: null, fromOrgId: null, consents: BASE_CONSENTS,
  assignedOrgId: '', assignedPath: '', routeReason: 'TOWN', receivedAt: '', reviewBy: '', reviewByEstimated: false,
  escalateAt: null, overdue: false, rejectReason: null, rejectNote: null, decidedAt: null, decidedBy: null,
  createdAt: '', history: [], version: 2,
}
const BASE_MEMBER: Member = {
  id: '', memberNo: '', idHash: '', idEnc: '', phoneHash: '', phoneEnc: '', nameEnc: '', nameMasked: '', idMasked: '', phoneMasked: '',
  holderKey: '', orgId: '', orgPath: '', status: 'active', since: '', statusReason: null, applicationId: '',
  workplace: { enterpriseId: null, enterpriseName: null, townId: null, noFixedEmployer: false, occupation: null, residenceTownId: null, employerBlind: false },
  history: [], updatedAt: '', version: 1,
}
/** The adapter's own rows (column order) for the bases; each generated row copies one and sets what varies. */
const APP_TEMPLATE = Object.values(APPLICATION_ROWS.fromRecord(BASE_APPLICATION))
const MEMBER_TEMPLATE = Object.values(MEMBER_ROWS.fromRecord(BASE_MEMBER))
const A = Object.fromEntries(APPLICATION_ROWS.columns.map((c, i) => [c, i]))
const M = Object.fromEntries(MEMBER_ROWS.columns.map((c, i) => [c, i]))

/** Writes the rows of one generated person/application; all randomness from one seeded generator. */
function rowMaker(opts: MembershipStoreBenchOptions, layout: MemberLayout) {
  const rng = seededRng(opts.seed ?? 20_261_124)
  const hex = pool(rng, '0123456789abcdef', 1 << 20)
  const b64 = pool(rng, B64URL, 1 << 20)
  const b32 = pool(rng, B32, 1 << 16)
  const slice = (text: string, n: number) => {
    const at = rng.int(0, text.length - n)
    return text.slice(at, at + n)
  }
  /** A 64-hex HMAC stand-in; the serial at the end keeps unique columns unique, the random prefix keeps them unordered. */
  const hmac = (serial: number, tag: number) => slice(hex, 55) + tag.toString(16) + serial.toString(16).padStart(8, '0')
  /** An AES-GCM box of a `bytes`-byte plaintext: `v1.<iv 12 B>.<tag 16 B>.<ciphertext>`, base64url. */
  const box = (bytes: number) => `v1.${slice(b64, 16)}.${slice(b64, 22)}.${slice(b64, Math.ceil((bytes * 4) / 3))}`
  const id = (ms: number) => {
    let time = ''
    for (let i = 0, t = ms; i < 10; i++, t = Math.floor(t / 32)) time = B32[t % 32] + time
    return time + slice(b32, 16)
  }
  const otherOrg = () => layout.others[rng.int(0, layout.others.length - 1)]

  /** One application row (and the member row if approved). `serial` is unique across the run. */
  function application(serial: number, created: number, status: 'approved' | 'rejected' | 'pending', where: Placement, overdue = false) {
    const { org, reason } = where
    const row = APP_TEMPLATE.slice()
    const createdAt = toIso(new Date(created))
    const reviewBy = DAY_ENDS[dayOf(created) + REVIEW_DAYS]
    const surname = SURNAMES[serial % SURNAMES.length]
    const appId = id(created)
    const blind = reason === 'EMPLOYER_BLIND'
    const newEmployment = reason === 'NEW_EMPLOYMENT'
    row[A.id] = appId
    row[A.status] = status
    row[A.id_hash] = hmac(serial, 1)
    row[A.id_enc] = box(18)
    row[A.phone_hash] = hmac(serial, 2)
    row[A.phone_enc] = box(11)
    row[A.name_enc] = box(9)
    row[A.name_masked] = `${surname}*`
    row[A.id_masked] = `3307**********${String(serial % 10_000).padStart(4, '0')}`
    row[A.phone_masked] = `13${serial % 10}****${String((serial * 7) % 10_000).padStart(4, '0')}`
    row[A.enterprise_name] = newEmployment ? null : '义乌华鑫织造有限公司'
    row[A.town_id] = org.townId
    row[A.no_fixed_employer] = newEmployment ? 1 : 0
    row[A.occupation] = newEmployment ? OCCUPATIONS[serial % OCCUPATIONS.length] : null
    row[A.residence_town_id] = newEmployment ? org.townId : null
    row[A.employer_blind] = blind ? 1 : 0
    row[A.applicant_key] = hmac(serial, 3)
    row[A.holder_key] = hmac(serial, 4)
    row[A.request_key] = hmac(serial, 5)
    row[A.consents] = `{"idNumber":{"version":"id-2026-11","at":"${createdAt}"},"shareWithUnion":{"version":"share-2026-11","at":"${createdAt}"}}`
    row[A.assigned_org_id] = org.id
    row[A.assigned_path] = org.path
    row[A.route_reason] = reason
    row[A.received_at] = createdAt
    row[A.review_by] = reviewBy
    row[A.created_at] = createdAt
    const submitted = { at: createdAt, type: 'submitted', fromOrgId: null, toOrgId: org.id, reason }
    if (status === 'pending') {
      row[A.escalate_at] = overdue ? null : reviewBy
      row[A.overdue] = overdue ? 1 : 0
      row[A.history] = JSON.stringify(overdue ? [submitted, { at: reviewBy, type: 'overdue', fromOrgId: org.id, toOrgId: org.id, reason: null }] : [submitted])
      row[A.version] = overdue ? 2 : 1
      return { app: row, member: null }
    }
    const decidedAt = toIso(new Date(created + rng.int(1, 10) * DAY))
    row[A.decided_at] = decidedAt
    row[A.decided_by] = `bench-officer-${org.id}`
    if (status === 'rejected') {
      row[A.reject_reason] = 'INFO_MISMATCH'
      row[A.reject_note] = '单位名称与营业执照不一致，请核对后重新申请。'
    }
    const decided = { at: decidedAt, type: status, fromOrgId: org.id, toOrgId: org.id, reason: status === 'rejected' ? 'INFO_MISMATCH' : null }
    row[A.history] = JSON.stringify([submitted, decided])
    if (status === 'rejected') return { app: row, member: null }
    const member = MEMBER_TEMPLATE.slice()
    for (const c of ['id_hash', 'id_enc', 'phone_hash', 'phone_enc', 'name_enc', 'name_masked', 'id_masked', 'phone_masked', 'holder_key'])
      member[M[c]] = row[A[c]]
    member[M.id] = appId
    member[M.application_id] = appId
    member[M.org_id] = org.id
    member[M.org_path] = org.path
    member[M.since] = decidedAt.slice(0, 10)
    member[M.updated_at] = decidedAt
    member[M.workplace] = JSON.stringify({
      enterpriseId: null, enterpriseName: row[A.enterprise_name], townId: org.townId, noFixedEmployer: newEmployment,
      occupation: row[A.occupation], residenceTownId: row[A.residence_town_id], employerBlind: blind,
    })
    member[M.history] = JSON.stringify([{ at: decidedAt, type: 'approved', fromOrgId: null, toOrgId: org.id, reason: null }])
    return { app: row, member }
  }
  return { rng, application, otherOrg }
}

/** Spreads `k` marked items evenly over `n`: item i is marked iff this is true (exactly k of them). */
const marked = (i: number, k: number, n: number) => Math.floor(((i + 1) * k) / n) > Math.floor((i * k) / n)

/**
 * Writes every application and member in one transaction on its own connection (the store is opened
 * afterwards), in creation order so time-ordered ids and member numbers append. The membership indexes are
 * dropped first and re-created from their own schema SQL after the load (an index built by sorting is
 * several times faster than a million random b-tree inserts); the UNIQUE columns' own indexes stay.
 */
export function generateMemberships(path: string, opts: MembershipStoreBenchOptions, layout: MemberLayout) {
  const make = rowMaker(opts, layout)
  const db = new Database(path)
  // A throwaway load: no journal, no fsync; WAL is restored before the store reopens it. better-sqlite3 opens
  // connections in SQLite's defensive mode, which silently refuses journal_mode = OFF (the file would stay in
  // WAL and a 3 GB transaction would be written twice): lifted for the load only, and the outcome checked.
  db.unsafeMode(true)
  if (db.pragma('journal_mode = OFF', { simple: true }) !== 'off') throw new Error('the bulk load could not turn the journal off')
  db.unsafeMode(false)
  db.pragma('synchronous = OFF')
  db.pragma('cache_size = -262144')
  db.pragma('temp_store = MEMORY')
  const indexes = db
    .prepare<[], { name: string; sql: string }>(
      "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('membership_applications', 'members') AND sql IS NOT NULL",
    )
    .all()
  const insertApp = db.prepare(`INSERT INTO membership_applications (${APPLICATION_ROWS.columns.join(', ')}) VALUES (${APPLICATION_ROWS.columns.map(() => '?').join(', ')})`)
  const insertMember = db.prepare(`INSERT INTO members (${MEMBER_ROWS.columns.join(', ')}) VALUES (${MEMBER_ROWS.columns.map(() => '?').join(', ')})`)
  const decided = opts.members + opts.rejected
  const placedPending = opts.pending - opts.overduePending
  const start = process.hrtime.bigint()
  db.transaction(() => {
    for (const { name } of indexes) db.exec(`DROP INDEX ${name}`)
    let seq = 0
    // Three years of decided applications, the rejected ones spread evenly among them.
    for (let i = 0; i < decided; i++) {
      const rejected = marked(i, opts.rejected, decided)
      const org = make.rng.next() < opts.bigOrgMembers / opts.members ? layout.big : make.otherOrg()
      const { app, member } = make.application(i, HISTORY_START + Math.floor((i / decided) * HISTORY_SPAN), rejected ? 'rejected' : 'approved', { org, reason: reasonAt(org, make.rng) })
      insertApp.run(app)
      if (member) {
        member[M.member_no] = formatMemberNo(++seq)
        insertMember.run(member)
      }
    }
    // Then 120 days of pending ones: most at their org, a few escalated to the root and overdue there.
    for (let i = 0; i < opts.pending; i++) {
      const created = PENDING_START + Math.floor((i / opts.pending) * PENDING_SPAN)
      const overdue = marked(i, opts.overduePending, opts.pending)
      const org = overdue ? layout.root : make.rng.next() < opts.bigOrgPending / placedPending ? layout.big : make.otherOrg()
      const reason = overdue ? 'ESCALATED' : reasonAt(org, make.rng)
      insertApp.run(make.application(decided + i, created, 'pending', { org, reason }, overdue).app)
    }
    db.prepare('UPDATE member_seq SET value = ? WHERE id = 1').run(seq)
  })()
  const loadMs = msSince(start)
  db.transaction(() => {
    for (const { sql } of indexes) db.exec(sql)
  })()
  const ms = msSince(start)
  db.pragma('journal_mode = WAL')
  db.close()
  const rows = decided + opts.pending + opts.members
  return { ms: round(ms, 0), loadMs: round(loadMs, 0), indexMs: round(ms - loadMs, 0), rows, rowsPerSecond: Math.round(rows / (ms / 1000)), dbBytes: statSync(path).size }
}

export type Timing = { p50: number; p99: number; samples: number }
/** Page times of one walk that follows `next` from the first page to the end. */
export type Walk = { pages: number; items: number; totalMs: number; pageP50: number; pageP99: number }

async function timed(samples: number, run: (i: number) => Promise<unknown>): Promise<Timing> {
  for (let i = 0; i < Math.min(20, samples); i++) await run(i) // warm-up
  const ms: number[] = []
  for (let i = 0; i < samples; i++) {
    const start = process.hrtime.bigint()
    await run(i)
    ms.push(msSince(start))
  }
  return { p50: round(percentile(ms, 50), 3), p99: round(percentile(ms, 99), 3), samples }
}

async function walk(page: (after: string | undefined) => Promise<{ items: unknown[]; next: string | null }>): Promise<Walk> {
  const ms: number[] = []
  let items = 0
  let after: string | undefined
  const start = process.hrtime.bigint()
  for (;;) {
    const t = process.hrtime.bigint()
    const p = await page(after)
    ms.push(msSince(t))
    items += p.items.length
    if (p.next === null) break
    after = p.next
  }
  return { pages: ms.length, items, totalMs: round(msSince(start), 1), pageP50: round(percentile(ms, 50), 3), pageP99: round(percentile(ms, 99), 3) }
}

const PENDING_AT = `SELECT review_by, id FROM membership_applications INDEXED BY membership_applications_queue_status
  WHERE assigned_org_id = ? AND status = 'pending' ORDER BY review_by, id LIMIT 1 OFFSET ?`

/** `${review_by}|${id}` of the pending application just above each depth of `orgId`'s queue (store/cursor.ts). */
export function pendingCursorsAt(raw: Database.Database, orgId: string, depths: number[]): (string | undefined)[] {
  const at = raw.prepare<[string, number], { review_by: string; id: string }>(PENDING_AT)
  return depths.map((d) => {
    if (d === 0) return undefined
    const row = at.get(orgId, d - 1)
    if (!row) throw new Error(`the pending queue of ${orgId} is shallower than ${d}`)
    return `${row.review_by}|${row.id}`
  })
}

async function measureQueue(store: Store, raw: Database.Database, opts: MembershipStoreBenchOptions, layout: MemberLayout) {
  const q = store.memberships
  const size = opts.pageSize
  const big = layout.big.id
  const full = (n: number, what: string) => {
    if (n !== size) throw new Error(`${what}: expected a full page of ${size}, got ${n}`)
  }
  const small = (i: number) => layout.others[i % layout.others.length].id
  let smallPendingItems = 0
  const smallOrgPendingFirstPage = await timed(opts.samples, async (i) => {
    smallPendingItems += (await q.listQueue(small(i), { status: 'pending' }, undefined, size)).items.length
  })
  const smallOrgAllFirstPage = await timed(opts.samples, async (i) => full((await q.listQueue(small(i), {}, undefined, size)).items.length, 'small org'))
  const bigOrgAllFirstPage = await timed(opts.samples, async () => full((await q.listQueue(big, {}, undefined, size)).items.length, 'big org'))
  const bigOrgPendingFirstPage = await timed(opts.samples, async () =>
    full((await q.listQueue(big, { status: 'pending' }, undefined, size)).items.length, 'big org pending'),
  )
  const bigOrgApprovedFirstPage = await timed(opts.samples, async () =>
    full((await q.listQueue(big, { status: 'approved' }, undefined, size)).items.length, 'big org approved'),
  )
  // Overdue is only ever set at the root: a town's overdue tab is an empty index probe, the root's is full.
  const bigOrgOverdueFirstPage = await timed(opts.samples, async () => {
    if ((await q.listQueue(big, { overdue: true }, undefined, size)).items.length !== 0) throw new Error('overdue at a town?')
  })
  const rootOverdueFirstPage = await timed(opts.samples, async () =>
    full((await q.listQueue(layout.root.id, { overdue: true }, undefined, size)).items.length, 'root overdue'),
  )

  const [cursor] = pendingCursorsAt(raw, big, [opts.depth])
  const bigOrgPendingKeysetAtDepth = await timed(opts.samples, async () =>
    full((await q.listQueue(big, { status: 'pending' }, cursor, size)).items.length, 'pending at depth'),
  )
  const offsetPage = raw.prepare<[string, number, number], Record<string, string | number | null>>(
    `SELECT * FROM membership_applications INDEXED BY membership_applications_queue_status
      WHERE assigned_org_id = ? AND status = 'pending' ORDER BY review_by, id LIMIT ? OFFSET ?`,
  )
  let firstOffsetId = ''
  const bigOrgPendingOffsetAtDepth = await timed(opts.offsetSamples, async () => {
    const items = offsetPage.all(big, size, opts.depth).map(APPLICATION_ROWS.toRecord)
    full(items.length, 'OFFSET page')
    firstOffsetId = items[0].id
  })
  if ((await q.listQueue(big, { status: 'pending' }, cursor, size)).items[0].id !== firstOffsetId)
    throw new Error('keyset and OFFSET pages disagree: the comparison would be meaningless')

  const allAt = raw
    .prepare<[string, number], { review_by: string; id: string }>(
      'SELECT review_by, id FROM membership_applications INDEXED BY membership_applications_queue WHERE assigned_org_id = ? ORDER BY review_by, id LIMIT 1 OFFSET ?',
    )
    .get(big, opts.allDepth - 1)
  if (!allAt) throw new Error(`the big town's queue is shallower than ${opts.allDepth}`)
  const allCursor = `${allAt.review_by}|${allAt.id}`
  const bigOrgAllKeysetAtDepth = await timed(opts.samples, async () => full((await q.listQueue(big, {}, allCursor, size)).items.length, 'all at depth'))

  const bigOrgPendingWalk = await walk((after) => q.listQueue(big, { status: 'pending' }, after, size))
  return {
    smallOrgPendingFirstPage,
    /** mean items on a small org's pending first page */
    smallOrgPendingItems: round(smallPendingItems / (opts.samples + Math.min(20, opts.samples)), 1),
    smallOrgAllFirstPage,
    bigOrgAllFirstPage,
    bigOrgPendingFirstPage,
    bigOrgApprovedFirstPage,
    bigOrgOverdueFirstPage,
    rootOverdueFirstPage,
    bigOrgPendingKeysetAtDepth,
    bigOrgPendingOffsetAtDepth,
    /** OFFSET p50 ÷ keyset p50 at the same depth */
    offsetToKeysetRatio: round(bigOrgPendingOffsetAtDepth.p50 / bigOrgPendingKeysetAtDepth.p50, 1),
    bigOrgAllKeysetAtDepth,
    bigOrgPendingWalk,
  }
}

/** listDue at the moment 1 % of the pending applications with a running clock are past review-by: a second walk, timed. */
async function measureDue(store: Store, raw: Database.Database, percent: number) {
  const clocks = (raw.prepare('SELECT count(*) AS n FROM membership_applications INDEXED BY membership_applications_escalate_due WHERE escalate_at IS NOT NULL').get() as { n: number }).n
  const due = Math.floor((clocks * percent) / 100)
  const nth = raw
    .prepare<[number], { escalate_at: string }>(
      'SELECT escalate_at FROM membership_applications INDEXED BY membership_applications_escalate_due WHERE escalate_at IS NOT NULL ORDER BY escalate_at, id LIMIT 1 OFFSET ?',
    )
    .get(Math.max(0, due - 1))
  if (!nth) throw new Error(`fewer than ${percent} % of the pending applications have a review clock`)
  const page = (after: string | undefined) => store.memberships.listDue(nth.escalate_at, after, 100)
  await walk(page) // fills the page cache with the due rows
  const timedWalk = await walk(page)
  // Review-by ties at midnight, so `now` (the nth key) admits the whole tie: at least `due`.
  if (timedWalk.items < due) throw new Error(`listDue saw ${timedWalk.items} due applications, expected at least ${due}`)
  return { duePercent: percent, now: nth.escalate_at, clocks, ...timedWalk }
}

/** Every port-level measurement on a generated file; read-only, so the host can serve the file afterwards. */
export async function measureMembershipStore(path: string, opts: MembershipStoreBenchOptions, layout: MemberLayout) {
  const store = openSqliteStore(path)
  const raw = new Database(path, { readonly: true })
  try {
    const queue = await measureQueue(store, raw, opts, layout)
    const noneDue = await timed(opts.samples, async () => {
      if ((await store.memberships.listDue('2000-01-01T00:00:00+08:00', undefined, 100)).items.length > 0) throw new Error('due?')
    })
    return { queue, noneDue, due: await measureDue(store, raw, 1) }
  } finally {
    raw.close()
    await store.close()
  }
}
