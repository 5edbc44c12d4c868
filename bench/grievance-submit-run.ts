/**
 * The submit benchmark alone (item 5 of docs/benchmarks.md), without the rest of `npm run bench`:
 * builds the grievance data set (the same directory and generated cases as bench/grievance.ts), runs
 * `grievance.submit` against `listCalendarYears` through the host in its own process, then the
 * in-process cost breakdown, and prints both as JSON with the load average at the start.
 *
 *   npx tsx bench/grievance-submit-run.ts
 *
 * SUBMIT_CASES (default 1,000,000) sets the cases generated first; SUBMIT_CONNECTIONS (64),
 * SUBMIT_SECONDS (8) and SUBMIT_SLICES (4) the load. SUBMIT_KEEP=<file> keeps the generated database
 * there and reuses it on later runs (copied, so every run starts from the same file).
 */
import { copyFileSync, existsSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { openSqliteStore } from '../cloudfunctions/_lib/store/sqlite'
import { generateCases, type GrievanceStoreBenchOptions } from './grievance-store'
import { benchSubmit } from './grievance-submit'
import { measureSubmitCost } from './grievance-submit-cost'
import { importForCases, makeGrievanceDirectory } from './lib/grievance-directory'
import { startHostProcess } from './lib/host-process'
import { makeTempDir } from './lib/tmp'

const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback)
const CASES = num('SUBMIT_CASES', 1_000_000)
const DIRECTORY = { enterprises: 20_000, towns: 10, enterpriseUnions: 1_950 }
const LOAD = { connections: num('SUBMIT_CONNECTIONS', 64), seconds: num('SUBMIT_SECONDS', 8), slices: num('SUBMIT_SLICES', 4), warmupSeconds: 1 }

/** The data set of bench/grievance.ts, written to `dbPath`. */
async function build(dbPath: string, dir: ReturnType<typeof makeGrievanceDirectory>) {
  const store = openSqliteStore(dbPath)
  const layout = await importForCases(store, dir).finally(() => store.close())
  const opts: GrievanceStoreBenchOptions = {
    cases: CASES, bigOrgCases: Math.round(CASES * 0.6), depth: 0, pageSize: 20, samples: 0, offsetSamples: 0,
    orgs: layout.others.length + 1, participants: true,
  }
  generateCases(dbPath, opts, layout)
}

async function main() {
  const load = loadavg().map((n) => n.toFixed(2)).join(' / ')
  const work = makeTempDir('submit')
  try {
    const dir = makeGrievanceDirectory(DIRECTORY)
    const dbPath = join(work.path, 'grievances.db')
    const keep = process.env.SUBMIT_KEEP
    if (keep && existsSync(keep)) copyFileSync(keep, dbPath)
    else {
      await build(dbPath, dir)
      if (keep) copyFileSync(dbPath, keep)
    }
    const host = await startHostProcess(dbPath, join(work.path, 'grievance-host'))
    const submit = await benchSubmit(host.url, dbPath, dir, LOAD).finally(() => host.stop())
    const cost = await measureSubmitCost(dbPath, work.path, dir, 2_000)
    const { routes: _routes, ...rest } = submit
    console.log(JSON.stringify({ loadAverageAtStart: load, cases: CASES, ...rest, cost }, null, 2))
  } finally {
    work.remove()
  }
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
