/**
 * Issue 4's "application queue p99 at 1,000,000 members", on ONE generated database (a temporary file):
 * 1. the grievance benches' directory (lib/grievance-directory.ts) is imported, and membership-store.ts writes
 *    the members and applications onto its orgs (a large share at one town federation);
 * 2. port-level listQueue / OFFSET / listDue measurements (membership-store.ts, read-only);
 * 3. the host in its own process on that file: the big town's officer posts `membership.queue` (the pending tab,
 *    20 per page) with a cursor rotating over the first page and keyset pages down to `depth`, against
 *    `listCalendarYears` in alternating slices (lib/load.ts). Each cursor is first checked to return a full page.
 *
 *   npx tsx bench/membership-queue.ts       (full sizes; prints the summary rows and the result as JSON)
 */
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { importDirectory } from '../cloudfunctions/directory/importDirectory'
import { isFailure } from '../cloudfunctions/_lib/runtime/result'
import type { Store } from '../cloudfunctions/_lib/store/port'
import { openSqliteStore } from '../cloudfunctions/_lib/store/sqlite'
import { makeGrievanceDirectory, type GrievanceDirectory } from './lib/grievance-directory'
import { startHostProcess } from './lib/host-process'
import { alternate, NOOP, type AlternateOptions, type LoadResult, type LoadSide } from './lib/load'
import { membershipRows } from './lib/membership-report'
import { consoleTable } from './lib/report'
import { makeTempDir } from './lib/tmp'
import {
  DEFAULT_MEMBERSHIP_BENCH,
  generateMemberships,
  measureMembershipStore,
  pendingCursorsAt,
  type MemberLayout,
  type MemberOrg,
  type MembershipStoreBenchOptions,
} from './membership-store'

export type MembershipBenchOptions = {
  enterprises: number
  towns: number
  enterpriseUnions: number
  store: MembershipStoreBenchOptions
  queue: AlternateOptions & { cursors: number }
}

export type MembershipQueueHostResult = {
  connections: number
  seconds: number
  slices: number
  /** the depths the cursors point at in the big town's pending queue (0 = the first page) */
  depths: number[]
  queue: LoadResult
  noop: LoadResult
  /** queue req/s ÷ listCalendarYears req/s */
  ratio: number
}

export type MembershipBenchResult = {
  dataset: {
    orgs: number
    members: number
    applications: number
    pending: number
    bigOrgId: string
    bigOrgMembers: number
    bigOrgPending: number
    bigOrgApplications: number
    rootId: string
    rootOverdue: number
    depth: number
    allDepth: number
    pageSize: number
    journalMode: string
  }
  generate: ReturnType<typeof generateMemberships>
  port: Awaited<ReturnType<typeof measureMembershipStore>>
  queueHost: MembershipQueueHostResult
}

/** Imports the directory and reads back where applications may sit: the root, the big town, every other org. */
async function importForMemberships(store: Store, dir: GrievanceDirectory): Promise<MemberLayout> {
  const summary = await importDirectory(store, dir.file)
  if (isFailure(summary)) throw new Error(`bench directory refused: ${summary.message} ${JSON.stringify(summary.fields).slice(0, 300)}`)
  const stored = await store.directory.getOrgs(dir.file.orgs.map((o) => o.id))
  const toOrg = ({ id, type, path, townId }: MemberOrg): MemberOrg => ({ id, type, path, townId })
  const root = stored.find((o) => o.type === 'city_federation')
  const big = stored.find((o) => o.id === dir.bigTownId)
  if (!root || !big) throw new Error('the city or the big town was not imported')
  // Sorted, so the seeded generator puts the same applications on the same orgs in every run.
  const others = stored.filter((o) => o !== root && o !== big).map(toOrg).sort((a, b) => (a.id < b.id ? -1 : 1))
  return { root: toOrg(root), big: toOrg(big), others }
}

export async function benchMembershipQueueHost(
  url: string,
  dbPath: string,
  opts: AlternateOptions & { orgId: string; officer: string; depth: number; cursors: number },
): Promise<MembershipQueueHostResult> {
  const depths = Array.from({ length: opts.cursors }, (_, k) => Math.round((opts.depth * k) / (opts.cursors - 1)))
  const raw = new Database(dbPath, { readonly: true })
  const cursors = (() => {
    try {
      return pendingCursorsAt(raw, opts.orgId, depths)
    } finally {
      raw.close()
    }
  })()
  const bodies = cursors.map((after) => JSON.stringify({ action: 'queue', status: 'pending', limit: 20, ...(after ? { after } : {}) }))
  const headers = { 'x-dev-openid': opts.officer }
  for (const body of bodies) {
    const res = await fetch(`${url}/fn/membership`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body })
    const reply = (await res.json()) as { ok: boolean; data?: { orgId: string; items: { status: string }[] } }
    if (!reply.ok || reply.data?.orgId !== opts.orgId || reply.data.items.length !== 20 || reply.data.items.some((a) => a.status !== 'pending'))
      throw new Error(`queue page for ${body} is not a full pending page of ${opts.orgId}: ${JSON.stringify(reply).slice(0, 300)}`)
  }
  let i = 0
  const side: LoadSide = { path: '/fn/membership', next: () => ({ body: bodies[i++ % bodies.length], headers }) }
  const run = await alternate(url, side, NOOP, opts)
  return {
    connections: opts.connections,
    seconds: run.seconds,
    slices: opts.slices,
    depths,
    queue: run.subject,
    noop: run.baseline,
    ratio: run.subject.reqPerSec / run.baseline.reqPerSec,
  }
}

/** Counts read back from the file (the generator draws orgs at a rate, so the big town's shares are not exact). */
function countsOf(dbPath: string, layout: MemberLayout) {
  const db = new Database(dbPath, { readonly: true })
  try {
    const n = (sql: string, ...params: string[]) => (db.prepare(sql).get(...params) as { n: number }).n
    return {
      members: n('SELECT count(*) AS n FROM members'),
      applications: n('SELECT count(*) AS n FROM membership_applications'),
      pending: n("SELECT count(*) AS n FROM membership_applications WHERE status = 'pending'"),
      bigOrgMembers: n('SELECT count(*) AS n FROM members INDEXED BY members_org WHERE org_id = ?', layout.big.id),
      bigOrgPending: n("SELECT count(*) AS n FROM membership_applications WHERE assigned_org_id = ? AND status = 'pending'", layout.big.id),
      bigOrgApplications: n('SELECT count(*) AS n FROM membership_applications WHERE assigned_org_id = ?', layout.big.id),
      rootOverdue: n('SELECT count(*) AS n FROM membership_applications WHERE assigned_org_id = ? AND overdue = 1', layout.root.id),
      journalMode: String(db.pragma('journal_mode', { simple: true })),
    }
  } finally {
    db.close()
  }
}

export async function benchMembership(workDir: string, opts: MembershipBenchOptions, step: (m: string) => void = () => {}): Promise<MembershipBenchResult> {
  const dir = makeGrievanceDirectory(opts)
  const dbPath = join(workDir, 'memberships.db')
  const store = openSqliteStore(dbPath)
  const layout = await importForMemberships(store, dir).finally(() => store.close())
  const s = opts.store

  step(`memberships: generating ${s.members.toLocaleString()} members, ${s.rejected.toLocaleString()} rejected and ${s.pending.toLocaleString()} pending applications on ${(layout.others.length + 2).toLocaleString()} orgs`)
  const generate = generateMemberships(dbPath, s, layout)
  const counts = countsOf(dbPath, layout)

  step('memberships: port-level listQueue, OFFSET and listDue')
  const port = await measureMembershipStore(dbPath, s, layout)

  const host = await startHostProcess(dbPath, join(workDir, 'membership-host'))
  let queueHost: MembershipQueueHostResult
  try {
    step(`memberships: queue through the host, ${opts.queue.connections} connections`)
    queueHost = await benchMembershipQueueHost(host.url, dbPath, { ...opts.queue, orgId: dir.bigTownId, officer: dir.bigTownOfficer, depth: s.depth })
  } finally {
    await host.stop()
  }
  return {
    dataset: { orgs: dir.file.orgs.length, ...counts, bigOrgId: layout.big.id, rootId: layout.root.id, depth: s.depth, allDepth: s.allDepth, pageSize: s.pageSize },
    generate,
    port,
    queueHost,
  }
}

/** The sizes `npm run bench` uses (run.ts) when not BENCH_QUICK. */
export const FULL_MEMBERSHIP_BENCH: MembershipBenchOptions = {
  enterprises: 20_000,
  towns: 10,
  enterpriseUnions: 1_950,
  store: DEFAULT_MEMBERSHIP_BENCH,
  queue: { connections: 16, seconds: 8, slices: 4, warmupSeconds: 1, cursors: 6 },
}

if (require.main === module) {
  void (async () => {
    const work = makeTempDir('memberships')
    try {
      const r = await benchMembership(work.path, FULL_MEMBERSHIP_BENCH, (m) => console.log(`[bench] ${m}`))
      process.stdout.write(`\n${consoleTable(membershipRows(r))}\n\n${JSON.stringify(r, null, 2)}\n`)
    } finally {
      work.remove()
    }
  })().catch((e: Error) => {
    process.stderr.write(`${e.stack ?? e.message}\n`)
    process.exit(1)
  })
}
