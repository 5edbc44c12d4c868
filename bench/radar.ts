/**
 * The employer risk radar (issue 13 §3: a town of 5,000 enterprises with 100,000 cases in 90 days, ≤ 200 ms), SQLite
 * on a file (WAL). A seeded town: 5,000 enterprises, 100,000 grievance cases spread over the last 90 days (Zipf-like:
 * a few enterprises draw many cases; every category, 15 % anonymous or employer-blind, 20 % collective), three months
 * of zero-reports (95 % filed, 3 % of them with arrears) and two insured-list imports. Timed:
 * - at the port: `grievances.countsByEnterprise` (the one indexed pass) and the whole recompute (`townSignals`: the
 *   pass, the zero-reports, the imports, the directory's names, merged);
 * - through the function (`FUNCTIONS.radar.invoke`, as the host calls it): `radar.list` on the town's snapshot (what
 *   an officer's page load costs) and `radar.list {refresh: true}` (刷新: recompute, store, rank, first page).
 *
 * `npx tsx bench/radar.ts` prints JSON (RADAR_ENTERPRISES, RADAR_CASES, RADAR_SAMPLES to change the sizes).
 */
import { join } from 'node:path'
import Database from 'better-sqlite3'
import type { Enterprise, Org } from '../types/directory'
import { GRIEVANCE_CATEGORIES } from '../types/grievance-labels'
import { FUNCTIONS } from '../cloudfunctions/registry'
import { RADAR_TABLE } from '../cloudfunctions/_lib/domain/radar/table'
import { rankRadar } from '../cloudfunctions/_lib/domain/radar/score'
import { windowStartMs } from '../cloudfunctions/_lib/domain/radar/signals'
import { memoryLogger } from '../cloudfunctions/_lib/runtime/log'
import { toIso } from '../cloudfunctions/_lib/runtime/time'
import type { ArrearsReport } from '../cloudfunctions/_lib/store/arrears-port'
import type { OrganisingEntry } from '../cloudfunctions/_lib/store/organising-port'
import type { GrievanceCase } from '../cloudfunctions/_lib/store/port'
import { GRIEVANCE_SQL } from '../cloudfunctions/_lib/store/sqlite/grievances'
import { fromCase } from '../cloudfunctions/_lib/store/sqlite/grievance-rows'
import { townSignals } from '../cloudfunctions/radar/lib/sources'
import { localDeps } from '../scripts/host/deps'
import { creditCode, grievanceCase } from '../tests/support/factories'
import { seededRng } from './lib/rng'
import { msSince, percentile, round } from './lib/stats'
import { makeTempDir } from './lib/tmp'

export type RadarBenchOptions = { enterprises: number; cases: number; samples: number; seed: number }
export const DEFAULT_RADAR_BENCH: RadarBenchOptions = { enterprises: 5_000, cases: 100_000, samples: 30, seed: 13 }

const NOW = new Date('2026-03-10T10:00:00+08:00')
const TOWN = 'bt'
const OFFICER = 'o-bench-radar'
const MONTHS = ['2025-12', '2026-01', '2026-02']

type Timing = { p50Ms: number; p99Ms: number; maxMs: number }
export type RadarBenchResult = {
  enterprises: number
  cases: number
  setupSeconds: number
  /** Enterprises with a score above zero, and those at or over the threshold. */
  ranked: number
  overThreshold: number
  targetMs: number
  port: { countsByEnterprise: Timing; recompute: Timing }
  function: { list: Timing; listRefresh: Timing }
}

async function time(samples: number, run: () => Promise<unknown>): Promise<Timing> {
  await run() // warm
  const times: number[] = []
  for (let i = 0; i < samples; i++) {
    const start = process.hrtime.bigint()
    await run()
    times.push(msSince(start))
  }
  return { p50Ms: round(percentile(times, 50), 2), p99Ms: round(percentile(times, 99), 2), maxMs: round(Math.max(...times), 2) }
}

export async function benchRadar(opts: Partial<RadarBenchOptions> = {}): Promise<RadarBenchResult> {
  const given = Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined))
  const o: RadarBenchOptions = { ...DEFAULT_RADAR_BENCH, ...given }
  const dir = makeTempDir('radar')
  const dbPath = join(dir.path, 'union.db')
  const deps = localDeps({ dbPath, dataDir: dir.path, baseUrl: () => 'http://127.0.0.1:0', log: memoryLogger() })
  try {
    const rng = seededRng(o.seed)
    const setup = process.hrtime.bigint()
    const city: Org = { id: 'bc', name: '压测市总工会', type: 'city_federation', kind: null, parentId: null, path: '/bc/', townId: null }
    const town: Org = { id: TOWN, name: '压测镇总工会', type: 'town_federation', kind: null, parentId: 'bc', path: `/bc/${TOWN}/`, townId: TOWN }
    const enterprises: Enterprise[] = Array.from({ length: o.enterprises }, (_, i) => ({
      id: `be-${String(i).padStart(5, '0')}`, name: `压测企业${i}有限公司`, creditCode: creditCode(), townId: TOWN,
      unionId: null, jointUnionId: null, staff: rng.logInt(5, 2000), industry: null,
    }) as Enterprise)
    await deps.store.directory.upsertBatch({ orgs: [city, town], enterprises, officers: [{ openid: OFFICER, orgId: TOWN, role: 'officer', name: '压测' }] })

    // Cases straight into the table (the radar reads the index; participants play no part in it).
    const since = windowStartMs(NOW.getTime(), RADAR_TABLE.windowDays)
    const db = new Database(dbPath)
    const insert = db.prepare(GRIEVANCE_SQL.insert)
    db.transaction(() => {
      for (let i = 0; i < o.cases; i++) {
        // Zipf-like: enterprise index from a log-uniform draw, so a few enterprises have hundreds of cases.
        const e = enterprises[(rng.logInt(1, o.enterprises) - 1 + (i % 7)) % o.enterprises]
        const createdAt = toIso(new Date(since + Math.floor(rng.next() * (NOW.getTime() - since))))
        const c: GrievanceCase = grievanceCase({
          id: `bcase-${i}`, townId: TOWN, enterpriseId: e.id, enterpriseName: e.name, createdAt, assignedOrgId: TOWN, assignedPath: town.path,
          category: rng.pick(GRIEVANCE_CATEGORIES), strictPrivacy: rng.chance(0.15) ? rng.pick(['anonymous', 'employer_blind'] as const) : 'named',
          affectedCount: rng.chance(0.2) ? rng.int(2, 40) : 1, status: rng.pick(['pending', 'accepted', 'resolved', 'closed'] as const),
        })
        insert.run(fromCase(c))
      }
    })()
    db.close()

    // Three months of zero-reports and two insured imports, through the colleagues' ports.
    for (const month of MONTHS) {
      for (const e of enterprises) {
        if (!rng.chance(0.95)) continue
        const arrears = rng.chance(0.03) ? { workers: rng.int(2, 50), amount: rng.int(10_000, 500_000), since: month, cause: '资金周转困难' } : null
        const r: ArrearsReport = {
          id: `${e.id}:${month}`, enterpriseId: e.id, enterpriseName: e.name, townId: TOWN, month, filerOrgId: TOWN, arrears, caseId: null,
          dueBy: `${month}-28T23:59:59+08:00`, late: false, filedAt: `${month}-28T10:00:00+08:00`, filedBy: OFFICER, history: [], version: 1,
        }
        await deps.store.arrears.saveReport(r)
      }
    }
    const entries: OrganisingEntry[] = enterprises.map((e) => {
      const latest = rng.logInt(5, 2000)
      const previous = rng.chance(0.05) ? Math.round(latest * 1.5) : latest
      return {
        creditCode: e.creditCode, name: e.name, insured: latest, month: '2026-02', townId: TOWN, areaId: null, enterpriseId: e.id,
        covered: false, coveredAt: null, status: 'todo', organiserOpenid: null, organiserName: null, nextContact: null, remindAt: null,
        notes: [], importId: 'imp-2', createdAt: toIso(NOW), updatedAt: toIso(NOW), version: 1,
        history: [
          { importId: 'imp-2', month: '2026-02', insured: latest, at: '2026-03-01T10:00:00+08:00' },
          { importId: 'imp-1', month: '2025-11', insured: previous, at: '2025-12-01T10:00:00+08:00' },
        ],
      }
    })
    await deps.store.organising.putEntries(entries)
    const setupSeconds = round(msSince(setup) / 1000, 1)

    const sinceIso = toIso(new Date(since))
    const countsByEnterprise = await time(o.samples, () =>
      deps.store.grievances.countsByEnterprise({ townId: TOWN, since: sinceIso, collectiveFrom: RADAR_TABLE.collectiveFrom }))
    const recompute = await time(o.samples, () => townSignals(deps, TOWN, NOW))
    const call = async (input: Record<string, unknown>) => {
      const out = await FUNCTIONS.radar.invoke({ action: 'list', townId: TOWN, ...input }, { kind: 'user', openid: OFFICER }, deps, NOW)
      if (!out.ok) throw new Error(`radar.list failed: ${out.error.code} ${out.error.message ?? ''}`)
      return out.data as { total: number }
    }
    const listRefresh = await time(o.samples, () => call({ refresh: true }))
    const list = await time(o.samples, () => call({}))
    const all = await call({ limit: 1 })
    const overThreshold = rankRadar(await townSignals(deps, TOWN, NOW), 'federation').filter((r) => r.overThreshold).length
    return {
      enterprises: o.enterprises, cases: o.cases, setupSeconds, ranked: all.total, overThreshold, targetMs: 200,
      port: { countsByEnterprise, recompute }, function: { list, listRefresh },
    }
  } finally {
    await deps.store.close()
    dir.remove()
  }
}

if (require.main === module) {
  benchRadar({
    enterprises: Number(process.env.RADAR_ENTERPRISES) || undefined,
    cases: Number(process.env.RADAR_CASES) || undefined,
    samples: Number(process.env.RADAR_SAMPLES) || undefined,
  })
    .then((r) => process.stdout.write(`${JSON.stringify(r, null, 2)}\n`))
    .catch((e: Error) => {
      process.stderr.write(`${e.stack ?? e.message}\n`)
      process.exit(1)
    })
}
