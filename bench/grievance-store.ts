/**
 * The grievance store at scale, at the port (SQLite adapter, WAL, a file on disk):
 * - listQueue p50/p99 with 1,000,000 cases over ~2,000 orgs: a typical org's first page, the big org's
 *   first page, the big org at depth 500,000 (keyset cursor), and an OFFSET query at the same depth;
 * - listDue('escalate'): walking every due case in pages of 100 when 1 % and when 10 % are due.
 * The data is seeded (same on every run) and written in one transaction through prepared statements.
 * Every case is pending with its escalation clock running, so the sweep index holds all 1,000,000.
 * By default the cases sit on synthetic org ids; bench/grievance.ts passes a CaseLayout of a real imported
 * directory (and participants), so the host's actions and the real sweep can run on the same file.
 *
 *   npx tsx bench/grievance-store.ts            (prints the result as JSON)
 */
import Database from 'better-sqlite3'
import { statSync } from 'node:fs'
import { join } from 'node:path'
import type { GrievanceCase, Store } from '../cloudfunctions/_lib/store/port'
import { openSqliteStore } from '../cloudfunctions/_lib/store/sqlite'
import { CASE_COLUMN_NAMES, fromCase, toCase, type CaseRow } from '../cloudfunctions/_lib/store/sqlite/grievance-rows'
import { toIso } from '../cloudfunctions/_lib/runtime/time'
import { seededRng, type Rng } from './lib/rng'
import { msSince, percentile, round } from './lib/stats'
import { makeTempDir } from './lib/tmp'

export type GrievanceStoreBenchOptions = {
  cases: number
  orgs: number
  /** Cases of the one big org (the rest are spread over the other orgs). */
  bigOrgCases: number
  /** How deep the deep-page measurements go into the big org's queue. */
  depth: number
  pageSize: number
  samples: number
  offsetSamples: number
  /** Also write each case's reporter (grievance_participants), as submit does; the sweep notifies them. */
  participants?: boolean
  seed?: number
}

/** An org cases are assigned to, as the directory stores it (path root first, `/yw/yw-cc/`). */
export type CaseOrg = { id: string; path: string; townId: string | null }
/** Where the generated cases go: `bigOrgCases` to `big`, the rest spread evenly over `others`. */
export type CaseLayout = { big: CaseOrg; others: CaseOrg[] }

export const DEFAULT_GRIEVANCE_BENCH: GrievanceStoreBenchOptions = {
  cases: 1_000_000,
  orgs: 2_000,
  bigOrgCases: 600_000,
  depth: 500_000,
  pageSize: 20,
  samples: 2_000,
  offsetSamples: 30,
}

type Timing = { p50: number; p99: number; samples: number }
export type GrievanceStoreBenchResult = {
  options: GrievanceStoreBenchOptions
  generate: { ms: number; loadMs: number; indexMs: number; rowsPerSecond: number; dbBytes: number }
  queue: {
    typicalOrgFirstPage: Timing
    bigOrgFirstPage: Timing
    bigOrgOverdueFirstPage: Timing
    bigOrgKeysetAtDepth: Timing
    bigOrgOffsetAtDepth: Timing
    /** OFFSET p50 / keyset p50 at the same depth. */
    offsetToKeysetRatio: number
  }
  /** listDue when nothing is due: one empty page, whatever the number of cases. */
  noneDue: Timing
  due: Array<{ duePercent: number; dueCases: number; pages: number; totalMs: number; firstWalkMs: number; pageP50: number; pageP99: number }>
}

const B32 = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const START = Date.parse('2025-01-01T00:00:00+08:00')
const SPAN_MS = 400 * 86_400_000
const DESCRIPTION = '公司已经连续三个月没有发工资，车间里二十多个人都一样，老板说资金周转困难让我们再等等。'

/** A time-ordered id like runtime/ids.ts, with seeded randomness so runs compare. */
function caseId(ms: number, rng: Rng): string {
  let time = ''
  for (let i = 0, t = ms; i < 10; i++, t = Math.floor(t / 32)) time = B32[t % 32] + time
  let rand = ''
  for (let i = 0; i < 16; i++) rand += B32[rng.int(0, 31)]
  return time + rand
}

const orgId = (n: number) => `org-${String(n).padStart(4, '0')}`
const syntheticOrg = (n: number): CaseOrg => ({ id: orgId(n), path: `/yw/town-01/${orgId(n)}/`, townId: 'town-01' })

/** Org ids that exist nowhere but in the cases: enough for the port-level measurements. */
export function syntheticLayout(orgs: number): CaseLayout {
  return { big: syntheticOrg(0), others: Array.from({ length: orgs - 1 }, (_, n) => syntheticOrg(n + 1)) }
}

/** "The end (24:00) of day d" is the next day's 00:00 +08:00; precomputed for the whole span (+ slack). */
const DAY_ENDS = Array.from({ length: SPAN_MS / 86_400_000 + 8 }, (_, d) => toIso(new Date(START + (d + 1) * 86_400_000)))

/** What every generated case shares: a pending case with its escalation clock running. */
const BASE_CASE: GrievanceCase = {
  id: '',
  receiptHash: '',
  receiptEnc: '',
  enterpriseId: null,
  enterpriseName: null,
  townId: 'town-01',
  category: 'wage_arrears',
  urgent: false,
  affectedCount: 1,
  strictPrivacy: 'named',
  description: DESCRIPTION,
  attachments: [],
  status: 'pending',
  assignedOrgId: '',
  assignedPath: '',
  routeReason: 'ENTERPRISE_UNION',
  receivedAt: '',
  acceptBy: '',
  acceptByEstimated: false,
  acceptedAt: null,
  resolveBy: null,
  pausedSince: null,
  pausedMs: 0,
  supervised: false,
  supervisorOrgId: null,
  overdue: false,
  outcome: null,
  summary: null,
  resolvedAt: null,
  closedAt: null,
  rating: null,
  ratingComment: null,
  reopenCount: 0,
  linkedCaseId: null,
  participantCount: 1,
  createdAt: '',
  escalateAt: null,
  superviseAt: null,
  history: [],
  missedPaths: [],
  version: 1,
}

/**
 * The adapter's own row for BASE_CASE (fromCase, in CASE_COLUMN_NAMES order); each generated row copies
 * it and sets the columns that vary. Building a 40-field case and mapping it per row took ~8 µs, a
 * quarter of the load time.
 */
const TEMPLATE = Object.values(fromCase(BASE_CASE))
const COLUMN = Object.fromEntries(CASE_COLUMN_NAMES.map((name, index) => [name, index]))

function caseRow(i: number, opts: GrievanceStoreBenchOptions, layout: CaseLayout, rng: Rng): unknown[] {
  const created = START + Math.floor((i / opts.cases) * SPAN_MS) // ids ascend with i: appends to the primary key
  const org = rng.next() < opts.bigOrgCases / opts.cases ? layout.big : layout.others[rng.int(0, layout.others.length - 1)]
  const createdAt = toIso(new Date(created))
  // Accept by the end of the day 2–5 days after submission (day-granular: many cases share a deadline).
  const acceptBy = DAY_ENDS[Math.floor((created - START) / 86_400_000) + rng.int(2, 5)]
  const serial = String(i).padStart(7, '0') // padded, so the unique receipt index is appended to as well
  const row = TEMPLATE.slice()
  row[COLUMN.id] = caseId(created, rng)
  row[COLUMN.receipt_hash] = `rh-${serial}`
  row[COLUMN.receipt_enc] = `enc-${serial}`
  row[COLUMN.enterprise_id] = `ent-${rng.int(0, 99_999)}`
  row[COLUMN.affected_count] = rng.int(1, 12)
  row[COLUMN.town_id] = org.townId
  row[COLUMN.assigned_org_id] = org.id
  row[COLUMN.assigned_path] = org.path
  row[COLUMN.received_at] = createdAt
  row[COLUMN.created_at] = createdAt
  row[COLUMN.accept_by] = acceptBy
  row[COLUMN.escalate_at] = acceptBy
  row[COLUMN.supervised] = rng.next() < 0.01 ? 1 : 0
  row[COLUMN.overdue] = rng.next() < 0.02 ? 1 : 0
  row[COLUMN.history] = JSON.stringify([{ at: createdAt, type: 'submitted', fromOrgId: null, toOrgId: org.id, reason: 'ENTERPRISE_UNION' }])
  return row
}

/** The case's reporter, named, in grievance_participants column order; keys ascend with i (appends). */
function participantRow(row: unknown[], i: number): unknown[] {
  const serial = String(i).padStart(7, '0')
  const joinedAt = row[COLUMN.created_at] as string
  return [row[COLUMN.id], `rk-${serial}`, 'reporter', 'named', null, row[COLUMN.affected_count], `rq-${serial}`, joinedAt, joinedAt.slice(0, 10)]
}

/**
 * Writes every case in one transaction on its own connection (the store is opened afterwards). The
 * grievance indexes are dropped first and re-created from their own schema SQL after the load:
 * building an index by sorting is several times faster than a million random b-tree inserts.
 */
export function generateCases(path: string, opts: GrievanceStoreBenchOptions, layout: CaseLayout = syntheticLayout(opts.orgs)) {
  const rng = seededRng(opts.seed ?? 20_260_310)
  const db = new Database(path)
  // A throwaway load: no rollback journal (a 600 MB transaction in the WAL would be written twice);
  // the store's own WAL mode is restored before it is reopened.
  // better-sqlite3 opens connections in defensive mode, which silently refuses journal_mode = OFF: lift it for
  // this one pragma and check, or the bulk load quietly goes through a multi-GB WAL.
  db.unsafeMode(true)
  if (db.pragma('journal_mode = OFF', { simple: true }) !== 'off') throw new Error('the bulk load could not turn the journal off')
  db.unsafeMode(false)
  db.pragma('synchronous = OFF')
  db.pragma('cache_size = -262144')
  db.pragma('temp_store = MEMORY') // index builds sort in memory instead of temp files
  const indexes = db
    .prepare<[], { name: string; sql: string }>("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'grievances' AND sql IS NOT NULL")
    .all()
  const insert = db.prepare(`INSERT INTO grievances (${CASE_COLUMN_NAMES.join(', ')}) VALUES (${CASE_COLUMN_NAMES.map(() => '?').join(', ')})`)
  const insertParticipant = db.prepare(
    'INSERT INTO grievance_participants (case_id, reporter_key, role, privacy, contact_enc, affected_count, request_key, joined_at, day) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  )
  const start = process.hrtime.bigint()
  db.transaction(() => {
    for (const { name } of indexes) db.exec(`DROP INDEX ${name}`)
    for (let i = 0; i < opts.cases; i++) {
      const row = caseRow(i, opts, layout, rng)
      insert.run(row)
      if (opts.participants) insertParticipant.run(participantRow(row, i))
    }
  })()
  const loadMs = msSince(start)
  db.transaction(() => {
    for (const { sql } of indexes) db.exec(sql)
  })()
  const ms = msSince(start)
  db.pragma('journal_mode = WAL')
  db.close()
  const { size: dbBytes } = statSync(path)
  return { ms: round(ms, 0), loadMs: round(loadMs, 0), indexMs: round(ms - loadMs, 0), rowsPerSecond: Math.round(opts.cases / (ms / 1000)), dbBytes }
}

async function timed(samples: number, run: (i: number) => Promise<unknown>): Promise<Timing> {
  const ms: number[] = []
  for (let i = 0; i < Math.min(20, samples); i++) await run(i) // warm-up
  for (let i = 0; i < samples; i++) {
    const start = process.hrtime.bigint()
    await run(i)
    ms.push(msSince(start))
  }
  return { p50: round(percentile(ms, 50), 3), p99: round(percentile(ms, 99), 3), samples }
}

async function measureQueue(store: Store, raw: Database.Database, opts: GrievanceStoreBenchOptions, layout: CaseLayout) {
  const bigOrg = layout.big.id
  const size = opts.pageSize
  const check = (n: number) => {
    if (n !== size) throw new Error(`expected a full page of ${size}, got ${n}`)
  }
  let typicalItems = 0
  const typicalOrgFirstPage = await timed(opts.samples, async (i) => {
    typicalItems += (await store.grievances.listQueue(layout.others[i % layout.others.length].id, {}, undefined, size)).items.length
  })
  if (typicalItems < opts.samples) throw new Error('the typical orgs’ queues are (nearly) empty: nothing was measured')
  const bigOrgFirstPage = await timed(opts.samples, async () => check((await store.grievances.listQueue(bigOrg, {}, undefined, size)).items.length))
  const bigOrgOverdueFirstPage = await timed(opts.samples, async () =>
    check((await store.grievances.listQueue(bigOrg, { overdue: true }, undefined, size)).items.length),
  )
  const at = raw
    .prepare<[string, number], { accept_by: string; id: string }>(
      'SELECT accept_by, id FROM grievances WHERE assigned_org_id = ? ORDER BY accept_by, id LIMIT 1 OFFSET ?',
    )
    .get(bigOrg, opts.depth - 1)!
  const cursor = `${at.accept_by}|${at.id}`
  const bigOrgKeysetAtDepth = await timed(opts.samples, async () => check((await store.grievances.listQueue(bigOrg, {}, cursor, size)).items.length))
  const offsetPage = raw.prepare<[string, number, number], CaseRow>(
    'SELECT * FROM grievances INDEXED BY grievances_queue WHERE assigned_org_id = ? ORDER BY accept_by, id LIMIT ? OFFSET ?',
  )
  let firstOffsetId = ''
  const bigOrgOffsetAtDepth = await timed(opts.offsetSamples, async () => {
    const items = offsetPage.all(bigOrg, size, opts.depth).map(toCase)
    check(items.length)
    firstOffsetId = items[0].id
  })
  const keysetFirst = (await store.grievances.listQueue(bigOrg, {}, cursor, size)).items[0].id
  if (keysetFirst !== firstOffsetId) throw new Error('keyset and OFFSET pages disagree: the comparison would be meaningless')
  return {
    typicalOrgFirstPage,
    bigOrgFirstPage,
    bigOrgOverdueFirstPage,
    bigOrgKeysetAtDepth,
    bigOrgOffsetAtDepth,
    offsetToKeysetRatio: round(bigOrgOffsetAtDepth.p50 / bigOrgKeysetAtDepth.p50, 1),
  }
}

/** The `now` at which `percent` % of `cases` are past their escalation time (the nth smallest escalate_at). */
export function dueNow(raw: Database.Database, cases: number, percent: number): string {
  const nth = raw
    .prepare<[number], { escalate_at: string }>('SELECT escalate_at FROM grievances INDEXED BY grievances_escalate_due WHERE escalate_at IS NOT NULL ORDER BY escalate_at, id LIMIT 1 OFFSET ?')
    .get(Math.floor((cases * percent) / 100) - 1)
  if (!nth) throw new Error(`fewer than ${percent} % of ${cases} cases have an escalation clock`)
  return nth.escalate_at
}

/** Walks every due case the way the sweep does, at the `now` that makes `percent` % of all cases due. */
async function measureDue(store: Store, raw: Database.Database, opts: GrievanceStoreBenchOptions, percent: number) {
  const dueCases = Math.floor((opts.cases * percent) / 100)
  const now = dueNow(raw, opts.cases, percent)
  const walk = async (pageMs: number[]) => {
    let seen = 0
    let after: string | undefined
    for (;;) {
      const t = process.hrtime.bigint()
      const page = await store.grievances.listDue('escalate', now, after, 100)
      pageMs.push(msSince(t))
      seen += page.items.length
      if (page.next === null) return seen
      after = page.next
    }
  }
  const firstStart = process.hrtime.bigint()
  await walk([]) // the first walk also fills SQLite’s page cache with the due rows; the second is timed
  const firstWalkMs = msSince(firstStart)
  const pageMs: number[] = []
  const start = process.hrtime.bigint()
  const seen = await walk(pageMs)
  const totalMs = msSince(start)
  // Deadlines tie at midnight, so `now` (the nth key) admits the whole tie: at least dueCases.
  if (seen < dueCases) throw new Error(`sweep saw ${seen} due cases, expected at least ${dueCases}`)
  return {
    duePercent: percent,
    dueCases: seen,
    pages: pageMs.length,
    totalMs: round(totalMs, 1),
    firstWalkMs: round(firstWalkMs, 1),
    pageP50: round(percentile(pageMs, 50), 3),
    pageP99: round(percentile(pageMs, 99), 3),
  }
}

/** Every port-level measurement on a generated file; read-only, so the file can be reused afterwards. */
export async function measureGrievanceStore(path: string, opts: GrievanceStoreBenchOptions, layout: CaseLayout = syntheticLayout(opts.orgs)) {
  const store = openSqliteStore(path)
  const raw = new Database(path, { readonly: true })
  try {
    const queue = await measureQueue(store, raw, opts, layout)
    const noneDue = await timed(opts.samples, async () => {
      if ((await store.grievances.listDue('escalate', '2000-01-01T00:00:00+08:00', undefined, 100)).items.length > 0) throw new Error('due?')
    })
    const due = [await measureDue(store, raw, opts, 1), await measureDue(store, raw, opts, 10)]
    return { queue, noneDue, due }
  } finally {
    raw.close()
    await store.close()
  }
}

export async function benchGrievanceStore(options: Partial<GrievanceStoreBenchOptions> = {}): Promise<GrievanceStoreBenchResult> {
  const opts = { ...DEFAULT_GRIEVANCE_BENCH, ...options }
  const dir = makeTempDir('grievances')
  try {
    const path = join(dir.path, 'store.db')
    await openSqliteStore(path).close() // creates the schema
    const generate = generateCases(path, opts)
    return { options: opts, generate, ...(await measureGrievanceStore(path, opts)) }
  } finally {
    dir.remove()
  }
}

if (require.main === module) {
  const cases = Number(process.env.BENCH_CASES) || DEFAULT_GRIEVANCE_BENCH.cases
  const scale = cases / DEFAULT_GRIEVANCE_BENCH.cases
  benchGrievanceStore({
    cases,
    bigOrgCases: Math.round(DEFAULT_GRIEVANCE_BENCH.bigOrgCases * scale),
    depth: Math.round(DEFAULT_GRIEVANCE_BENCH.depth * scale),
  })
    .then((r) => process.stdout.write(`${JSON.stringify(r, null, 2)}\n`))
    .catch((e: Error) => {
      process.stderr.write(`${e.stack ?? e.message}\n`)
      process.exit(1)
    })
}
