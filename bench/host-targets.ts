/**
 * Only the through-the-host latency targets of issues 10–12 (p99 ≤ 50 ms at 16 clients), without the rest of
 * `npm run bench`, one after the other:
 * 1. the grievance data set of bench/grievance.ts (20,000 enterprises, 1,000,000 generated cases), the host on it,
 *    `grievance.submit` at 16, then at 64 connections (bench/grievance-submit.ts);
 * 2. `legal.ask` at 16 on the demo directory (bench/legal-ask.ts);
 * 3. `mutualAid.estimate` and `mutualAid.claim` at 16 on the demo directory, 200 members built through the host
 *    (bench/mutual-aid-host.ts).
 * Each against `listCalendarYears` on the same host in alternating slices. Prints the results as JSON, then the
 * dated markdown section for docs/benchmarks.md ("Through the host"); the file itself is left alone.
 *
 *   npx tsx bench/host-targets.ts
 *
 * HOST_CASES (1,000,000) sets the cases generated first; HOST_SECONDS (8), HOST_SLICES (4) the load per action;
 * HOST_MEMBERS (200) the mutual-aid members.
 */
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { openSqliteStore } from '../cloudfunctions/_lib/store/sqlite'
import { generateCases } from './grievance-store'
import { benchSubmit } from './grievance-submit'
import { benchLegalAsk } from './legal-ask'
import { importForCases, makeGrievanceDirectory } from './lib/grievance-directory'
import { startHostProcess } from './lib/host-process'
import { throughHostSection } from './lib/host-targets-report'
import { msSince } from './lib/stats'
import { makeTempDir } from './lib/tmp'
import { benchMutualAidHost } from './mutual-aid-host'

const num = (name: string, fallback: number) => Number(process.env[name] ?? fallback)
const CASES = num('HOST_CASES', 1_000_000)
const LOAD = { seconds: num('HOST_SECONDS', 8), slices: num('HOST_SLICES', 4), warmupSeconds: 1 }
const MEMBERS = num('HOST_MEMBERS', 200)
const KNOBS = ['HOST_CASES', 'HOST_SECONDS', 'HOST_SLICES', 'HOST_MEMBERS'].filter((k) => process.env[k]).map((k) => `${k}=${process.env[k]}`)
const step = (message: string) => console.error(`[host-targets] ${message}`)

async function submitRuns(workDir: string) {
  const dir = makeGrievanceDirectory({ enterprises: 20_000, towns: 10, enterpriseUnions: 1_950 })
  const dbPath = join(workDir, 'grievances.db')
  const store = openSqliteStore(dbPath)
  const layout = await importForCases(store, dir).finally(() => store.close())
  step(`generating ${CASES.toLocaleString()} cases`)
  generateCases(dbPath, {
    cases: CASES, bigOrgCases: Math.round(CASES * 0.6), depth: 0, pageSize: 20, samples: 0, offsetSamples: 0,
    orgs: layout.others.length + 1, participants: true,
  }, layout)
  const host = await startHostProcess(dbPath, join(workDir, 'grievance-host'))
  try {
    const out = []
    for (const connections of [16, 64]) {
      step(`grievance.submit, ${connections} connections`)
      out.push(await benchSubmit(host.url, dbPath, dir, { connections, ...LOAD }))
    }
    return out
  } finally {
    await host.stop()
  }
}

async function main() {
  const started = process.hrtime.bigint()
  const info = { date: new Date().toISOString(), node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, loadAvg: loadavg() }
  const work = makeTempDir('host-targets')
  try {
    const submit = await submitRuns(work.path)
    const legal = await benchLegalAsk(work.path, { connections: 16, ...LOAD }, step)
    const mutualAid = await benchMutualAidHost(work.path, { members: MEMBERS, load: { connections: 16, ...LOAD } }, step)
    const run = { ...info, command: [...KNOBS, 'npx tsx bench/host-targets.ts'].join(' '), seconds: msSince(started) / 1000, cases: CASES, submit, legal, mutualAid }
    console.log(JSON.stringify(run, null, 2))
    console.log(`\n${throughHostSection(run)}`)
  } finally {
    work.remove()
  }
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
