/**
 * `npx tsx bench/governance.ts`: the benchmarks of issue 13 at the sizes it names — the arrears board of a town of
 * 5,000 enterprises through the host (1 and 4 clients), the import of 50,000 insured rows through the function
 * against the raw insert loop, and the risk radar over 5,000 enterprises with 100,000 cases — one after another in
 * this process. Prints the results as JSON and rewrites the generated governance section of docs/benchmarks.md
 * (its own markers; `npm run bench` leaves it alone). BENCH_WRITE=0 only prints.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { resolve } from 'node:path'
import { benchArrearsBoard } from './arrears-board'
import { benchOrganisingImport } from './organising-import'
import { benchRadar } from './radar'

const DOC = resolve(__dirname, '..', 'docs', 'benchmarks.md')
const BEGIN = '<!-- BEGIN GENERATED (bench/governance.ts) -->'
const END = '<!-- END GENERATED (bench/governance.ts) -->'
const step = (m: string) => console.error(`[governance] ${m}`)

async function main() {
  const info = { date: new Date().toISOString(), node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, loadAvgBefore: loadavg() }
  const load = (connections: number) => ({ connections, seconds: 8, slices: 4, warmupSeconds: 2 })
  step('arrears.board: a town of 5,000 enterprises through the host, 1 client')
  const board1 = await benchArrearsBoard({ enterprises: 5000, coldRuns: 50, load: load(1) }, step)
  step('arrears.board: 4 clients')
  const board4 = await benchArrearsBoard({ enterprises: 5000, coldRuns: 10, load: load(4) }, step)
  step('organising.importInsured: 50,000 rows through the function vs the raw insert loop')
  const imported = await benchOrganisingImport({ rows: 50_000 })
  step('radar: 5,000 enterprises, 100,000 cases in 90 days')
  const radar = await benchRadar()
  const results = { info, arrearsBoard: { oneClient: board1, fourClients: board4 }, organisingImport: imported, radar }
  const json = JSON.stringify(results, null, 2)
  console.log(json)
  if (process.env.BENCH_WRITE === '0') return
  const section = `${BEGIN}\n## Governance (issue 13) — run of ${info.date}\n\n` +
    `Written by \`npx tsx bench/governance.ts\` from this run (${info.cores} cores, ${info.cpu}, load average before ` +
    `${info.loadAvgBefore.map((l) => l.toFixed(2)).join(' / ')}). Raw results, times in ms:\n\n\`\`\`json\n${json}\n\`\`\`\n${END}`
  const doc = readFileSync(DOC, 'utf8')
  const at = doc.indexOf(BEGIN)
  writeFileSync(DOC, at >= 0 ? doc.slice(0, at) + section + doc.slice(doc.indexOf(END) + END.length) : `${doc.trimEnd()}\n\n${section}\n`)
}

main().catch((e) => {
  console.error(e)
  process.exit(1)
})
