/**
 * `arrears.board` for a town of 5,000 enterprises, one month, through the host (issue 13: p99 ≤ 50 ms), against
 * `listCalendarYears` on the same host in alternating slices (lib/load.ts). The demo directory gets one more town
 * (压测镇总工会) with 20 area committees, 2,000 enterprise unions (100 per committee, the rest directly under the
 * town), 20 joint unions covering 2,000 enterprises, and 1,000 enterprises with neither, filed by the town. Its
 * February reports are written into the store as filings leave them: 4,000 filed (100 of them with arrears and a
 * case id), 1,000 not filed (overdue on 10 March). The load: the town's officer asks for the whole board (5,000 rows
 * with their groups and totals, the rows a page of 100 at a time) at 2026-03-10 (`x-dev-now`).
 *
 * The host keeps a town's directory warm for a minute (arrears/lib/town-directory.ts), so the load measures the warm
 * board: one indexed query for the month's reports plus the pure build. `cold` is the same board with that cache
 * missed every time, timed in-process on the same file: the enterprise list, the filer orgs and the reports read
 * each call.
 *
 * Standalone: `npx tsx bench/arrears-board.ts` prints the JSON result.
 */
import { join } from 'node:path'
import { openSqliteStore } from '../cloudfunctions/_lib/store/sqlite'
import { seedDemo } from '../scripts/host/demo'
import type { Enterprise, Officer, Org } from '../types/directory'
import { buildBoard } from '../cloudfunctions/_lib/domain/arrears/board'
import { townDirectory, TOWN_DIRECTORY_TTL_MS } from '../cloudfunctions/arrears/lib/town-directory'
import type { ActionContext } from '../cloudfunctions/_lib/runtime/deps'
import type { Store } from '../cloudfunctions/_lib/store/port'
import { reportId } from '../cloudfunctions/_lib/store/arrears-port'
import { creditCode } from '../tests/support/factories'
import { startHostProcess } from './lib/host-process'
import { probe } from './lib/demo-host'
import { alternate, NOOP, type AlternateOptions, type LoadResult, type LoadSide } from './lib/load'
import { percentile } from './lib/stats'
import { makeTempDir } from './lib/tmp'

export type ArrearsBoardOptions = { enterprises: number; load: AlternateOptions; coldRuns: number }

export type ArrearsBoardResult = {
  enterprises: number
  connections: number
  seconds: number
  slices: number
  /** bytes of one board reply (JSON: the first page of rows, the groups and the totals) */
  replyBytes: number
  board: LoadResult
  noop: LoadResult
  /** board req/s ÷ listCalendarYears req/s */
  ratio: number
  /** in-process, the town's directory read every call (no cache): ms */
  cold: { p50Ms: number; p99Ms: number; runs: number }
}

const TOWN = 'bench-town'
const OFFICER = 'o-bench-town-1'
const TUE = '2026-03-10T10:00:00+08:00'
const MONTH = '2026-02'

/** The town's directory and its February reports, written straight into the store. */
export async function seedTown(store: Store, n: number): Promise<void> {
  const org = (id: string, name: string, type: Org['type'], parent: Org, kind: Org['kind'] = null): Org =>
    ({ id, name, type, kind, parentId: parent.id, path: `${parent.path}${id}/`, townId: TOWN })
  const city = (await store.directory.getOrg('yw'))!
  const town: Org = { id: TOWN, name: '压测镇总工会', type: 'town_federation', kind: null, parentId: city.id, path: `${city.path}${TOWN}/`, townId: TOWN }
  const areas = Array.from({ length: 20 }, (_, i) => org(`${TOWN}-a${i}`, `压测镇第${i + 1}片区工委`, 'area_committee', town))
  const joints = Array.from({ length: 20 }, (_, i) => org(`${TOWN}-ju${i}`, `压测镇第${i + 1}联合工会`, 'joint_union', town, 'regional'))
  const unions: Org[] = []
  const enterprises: Enterprise[] = []
  for (let i = 0; i < n; i++) {
    const id = `${TOWN}-e${String(i).padStart(5, '0')}`
    let unionId: string | null = null
    let jointUnionId: string | null = null
    if (i % 5 < 2) {
      const u = org(`${TOWN}-eu${i}`, `压测企业${i}工会`, 'enterprise_union', i % 10 < 8 && unions.length < 2000 ? areas[unions.length % 20] : town)
      unions.push(u)
      unionId = u.id
    } else if (i % 5 < 4) jointUnionId = joints[i % 20].id
    enterprises.push({ id, name: `义乌市压测${i}号纺织有限公司`, creditCode: creditCode(), townId: TOWN, unionId, jointUnionId, staff: 20 + (i % 300), industry: '纺织' })
  }
  const officers: Officer[] = [{ openid: OFFICER, orgId: TOWN, role: 'officer', name: '压测干部' }]
  await store.directory.upsertBatch({ orgs: [town, ...areas, ...joints, ...unions], enterprises, officers })
  for (const [i, e] of enterprises.entries()) {
    if (i % 5 === 4) continue // 1,000 not filed
    const owed = i % 40 === 0
    await store.arrears.saveReport({
      id: reportId(e.id, MONTH), enterpriseId: e.id, enterpriseName: e.name, townId: TOWN, month: MONTH, filerOrgId: e.unionId ?? e.jointUnionId ?? TOWN,
      arrears: owed ? { workers: 10 + (i % 30), amount: 50000 + i, since: '2026-01', cause: '压测：资金周转困难' } : null,
      caseId: owed ? `bench-case-${i}` : null, dueBy: '2026-03-07T00:00:00+08:00', late: false, filedAt: '2026-03-03T09:00:00+08:00',
      filedBy: OFFICER, history: [], version: 1,
    })
  }
}

/** The board with the town's directory read every call (the cache's clock jumps past its TTL each time). */
async function coldBoard(store: Store, runs: number) {
  let t = 0
  const ctx = { deps: { store } } as unknown as ActionContext
  const scope = (await store.directory.getOrg(TOWN))!
  const ms: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    t += TOWN_DIRECTORY_TTL_MS + 1
    const [dir, reports] = await Promise.all([townDirectory(ctx, TOWN, () => t), store.arrears.listTownMonth(TOWN, MONTH)])
    JSON.stringify(buildBoard({ enterprises: dir.enterprises, reports, orgs: dir.orgs, scope, dueBy: '2026-03-07T00:00:00+08:00', now: TUE }))
    ms.push(performance.now() - started)
  }
  return { p50Ms: percentile(ms, 50), p99Ms: percentile(ms, 99), runs }
}

export async function benchArrearsBoard(opts: ArrearsBoardOptions, step: (m: string) => void = () => {}): Promise<ArrearsBoardResult> {
  const tmp = makeTempDir('arrears')
  try {
    const dbPath = join(tmp.path, 'arrears.db')
    step(`arrears: a town of ${opts.enterprises} enterprises and its February reports`)
    const store = openSqliteStore(dbPath)
    let cold: ArrearsBoardResult['cold']
    try {
      await seedDemo(store)
      await seedTown(store, opts.enterprises)
      cold = await coldBoard(store, opts.coldRuns)
    } finally {
      await store.close()
    }
    const host = await startHostProcess(dbPath, join(tmp.path, 'host'))
    try {
      step(`arrears: the town's board through the host, ${opts.load.connections} connections`)
      const side: LoadSide = {
        path: '/fn/arrears',
        next: () => ({ body: JSON.stringify({ action: 'board', month: MONTH }), headers: { 'x-dev-openid': OFFICER, 'x-dev-now': TUE } }),
      }
      const first = await probe(host.url, side, 'arrears.board')
      const probed = (JSON.parse(first) as { data: { totals: { enterprises: number }; matched: number } }).data
      if (probed.totals.enterprises !== opts.enterprises || probed.matched !== opts.enterprises) throw new Error(`the board covers ${probed.totals.enterprises} enterprises, expected ${opts.enterprises}`)
      const run = await alternate(host.url, side, NOOP, opts.load)
      return {
        enterprises: opts.enterprises, connections: opts.load.connections, seconds: run.seconds, slices: opts.load.slices,
        replyBytes: Buffer.byteLength(first), board: run.subject, noop: run.baseline, ratio: run.subject.reqPerSec / run.baseline.reqPerSec, cold,
      }
    } finally {
      await host.stop()
    }
  } finally {
    tmp.remove()
  }
}

if (require.main === module) {
  benchArrearsBoard(
    { enterprises: 5000, coldRuns: 50, load: { connections: Number(process.env.BENCH_CONNECTIONS ?? 1), seconds: 10, slices: 4, warmupSeconds: 2 } },
    (m) => console.error(m),
  ).then((r) => console.log(JSON.stringify(r, null, 2)), (e) => {
    console.error(e)
    process.exit(1)
  })
}
