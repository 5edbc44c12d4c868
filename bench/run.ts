/**
 * `npm run bench`: the foundation's three benchmarks, the grievance ones (issue 3; submit also at 16 clients for
 * issue 10), the card and application-queue ones (issue 4), legal.ask (issue 11) and mutualAid.estimate/claim
 * (issue 12) through the host, each a ratio against a baseline measured in this same run where one exists (the
 * machine's speed varies). Prints a table and rewrites the generated part of docs/benchmarks.md.
 * `npx tsx bench/host-targets.ts` runs only the through-the-host latency targets of issues 10–12.
 * BENCH_QUICK=1: smoke sizes, printed only (docs are left alone unless BENCH_WRITE=1).
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs'
import { cpus, loadavg, totalmem } from 'node:os'
import { join, resolve } from 'node:path'
import { benchCard, type CardBenchOptions } from './card'
import { benchColdStart, buildColdStartSubjects } from './cold-start'
import { benchDirectorySearch } from './directory-search'
import { benchGrievance, type GrievanceBenchOptions } from './grievance'
import { benchImport } from './import'
import { benchLegalAsk } from './legal-ask'
import { benchMutualAidHost, type MutualAidHostOptions } from './mutual-aid-host'
import { makeDirectoryFile, searchFragments } from './lib/dataset'
import { consoleTable, markdownSection, summaryRows, type RunResults } from './lib/report'
import { msSince } from './lib/stats'
import { makeTempDir } from './lib/tmp'
import { benchMembership, FULL_MEMBERSHIP_BENCH, type MembershipBenchOptions } from './membership-queue'

const QUICK = process.env.BENCH_QUICK === '1'
const SIZES = QUICK
  ? { rounds: 3, towns: 10, enterprises: 2_000, fragments: 50, connections: 8, seconds: 2, slices: 2, importRounds: 1 }
  : { rounds: 21, towns: 10, enterprises: 100_000, fragments: 500, connections: 32, seconds: 8, slices: 4, importRounds: 3 }
const GRIEVANCE: GrievanceBenchOptions = QUICK
  ? {
      enterprises: 2_000, towns: 10, enterpriseUnions: 150,
      store: { cases: 20_000, bigOrgCases: 12_000, depth: 10_000, pageSize: 20, samples: 200, offsetSamples: 5 },
      submit: { connections: 16, seconds: 2, slices: 2, warmupSeconds: 1 },
      submitLight: { connections: 4, seconds: 2, slices: 2, warmupSeconds: 1 },
      queue: { connections: 4, seconds: 2, slices: 2, warmupSeconds: 1, cursors: 6 },
      sweepRuns: 2, costCalls: 200,
    }
  : {
      enterprises: 20_000, towns: 10, enterpriseUnions: 1_950,
      store: { cases: 1_000_000, bigOrgCases: 600_000, depth: 500_000, pageSize: 20, samples: 2_000, offsetSamples: 30 },
      submit: { connections: 64, seconds: 8, slices: 4, warmupSeconds: 1 },
      submitLight: { connections: 16, seconds: 8, slices: 4, warmupSeconds: 1 },
      queue: { connections: 16, seconds: 8, slices: 4, warmupSeconds: 1, cursors: 11 },
      sweepRuns: 2, costCalls: 2_000,
    }
const CARD: CardBenchOptions = QUICK
  ? { members: 100, host: { connections: 8, seconds: 2, slices: 2, warmupSeconds: 1 }, verify: { rounds: 5, perRound: 50 } }
  : { members: 2_000, host: { connections: 16, seconds: 8, slices: 4, warmupSeconds: 1 }, verify: { rounds: 21, perRound: 200 } }
const MEMBERSHIP: MembershipBenchOptions = QUICK
  ? {
      enterprises: 2_000, towns: 10, enterpriseUnions: 150,
      store: { members: 20_000, bigOrgMembers: 4_000, rejected: 400, pending: 5_000, bigOrgPending: 3_000, overduePending: 50, depth: 2_500, allDepth: 4_000, pageSize: 20, samples: 200, offsetSamples: 5 },
      queue: { connections: 4, seconds: 2, slices: 2, warmupSeconds: 1, cursors: 6 },
    }
  : FULL_MEMBERSHIP_BENCH
/** legal.ask, mutualAid.estimate and mutualAid.claim through the host: issues 11–12 set p99 ≤ 50 ms at 16 clients. */
const LEGAL = QUICK ? { connections: 4, seconds: 2, slices: 2, warmupSeconds: 1 } : { connections: 16, seconds: 8, slices: 4, warmupSeconds: 1 }
const MUTUAL_AID: MutualAidHostOptions = QUICK ? { members: 20, load: LEGAL } : { members: 200, load: LEGAL }
const DOC = resolve(__dirname, '..', 'docs', 'benchmarks.md')
const BEGIN = '<!-- BEGIN GENERATED (npm run bench) -->'
const END = '<!-- END GENERATED -->'

const step = (message: string) => console.log(`[bench] ${message}`)

async function main() {
  const started = process.hrtime.bigint()
  const info = { date: new Date().toISOString(), node: process.version, cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memGiB: totalmem() / 2 ** 30, loadAvg: loadavg(), quick: QUICK }
  const work = makeTempDir('run')
  try {
    step(`cold start: building functions, ${SIZES.rounds} rounds per subject`)
    const cold = await benchColdStart(await buildColdStartSubjects(work.path), { rounds: SIZES.rounds })

    step(`generating 1 city, ${SIZES.towns} towns, ${SIZES.enterprises.toLocaleString()} enterprises`)
    const file = makeDirectoryFile({ enterprises: SIZES.enterprises, towns: SIZES.towns })
    const jsonPath = join(work.path, 'directory.json')
    writeFileSync(jsonPath, JSON.stringify(file))

    step(`import: ${SIZES.importRounds} rounds of raw insert baseline and importDirectory`)
    const imp = await benchImport({ jsonPath, workDir: work.path, rounds: SIZES.importRounds })

    step(`search: ${SIZES.connections} connections, ${SIZES.seconds} s per action`)
    const fragments = searchFragments(file, SIZES.fragments)
    const search = await benchDirectorySearch({
      dbPath: imp.dbPath,
      workDir: work.path,
      fragments,
      connections: SIZES.connections,
      seconds: SIZES.seconds,
      slices: SIZES.slices,
    })

    const grievance = await benchGrievance(work.path, GRIEVANCE, step)

    const card = await benchCard(work.path, CARD, step)

    const membership = await benchMembership(work.path, MEMBERSHIP, step)

    const legal = await benchLegalAsk(work.path, LEGAL, step)

    const mutualAid = await benchMutualAidHost(work.path, MUTUAL_AID, step)

    const results: RunResults = {
      info: { ...info, seconds: msSince(started) / 1000 },
      dataset: { cities: 1, towns: SIZES.towns, enterprises: SIZES.enterprises, fileBytes: imp.fileBytes, fragments: fragments.length },
      cold,
      imp,
      search,
      grievance,
      card,
      membership,
      legal,
      mutualAid,
    }
    console.log(`\n${consoleTable(summaryRows(results))}\n`)
    if (!QUICK || process.env.BENCH_WRITE === '1') {
      writeDoc(markdownSection(results))
      step(`wrote ${DOC}`)
    } else step('BENCH_QUICK=1: docs/benchmarks.md left unchanged')
  } finally {
    work.remove()
  }
}

/** Replaces only the generated part; the hand-written header above it stays. */
function writeDoc(section: string) {
  const current = existsSync(DOC) ? readFileSync(DOC, 'utf8') : `# Benchmarks\n\n${BEGIN}\n${END}\n`
  const from = current.indexOf(BEGIN)
  const to = current.indexOf(END)
  if (from < 0 || to < from) throw new Error(`${DOC} lacks the ${BEGIN} … ${END} markers`)
  writeFileSync(DOC, `${current.slice(0, from + BEGIN.length)}\n${section}${current.slice(to)}`)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
