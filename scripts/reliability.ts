/**
 * `npm run reliability`: the issue-9 proofs at full size — 10,000 fuzz inputs per action through the host, several
 * SIGKILLs of the host mid-load, races on three targets — and docs/reliability.md written from the run.
 * RELIABILITY_SEED, RELIABILITY_FUZZ_PER_ACTION, RELIABILITY_CRASH_RUNS, RELIABILITY_RACE_ROUNDS override the sizes.
 */
import { writeFileSync } from 'node:fs'
import { cpus, platform, release } from 'node:os'
import { join } from 'node:path'
import { seededRandom } from './lib/random'
import { crashOnce } from '../tests/reliability/lib/crash'
import { runFuzz } from '../tests/reliability/lib/fuzz'
import { runRaces } from '../tests/reliability/lib/races'
import { renderReport, type ReliabilityRun } from '../tests/reliability/lib/report'
import { TARGETS } from '../tests/reliability/lib/targets'

const num = (name: string, fallback: number) => (process.env[name] ? Number(process.env[name]) : fallback)

async function main() {
  const started = Date.now()
  const seed = num('RELIABILITY_SEED', Math.floor(Math.random() * 2 ** 31))
  const perAction = num('RELIABILITY_FUZZ_PER_ACTION', 10_000)
  const crashRuns = num('RELIABILITY_CRASH_RUNS', 3)
  const raceRounds = num('RELIABILITY_RACE_ROUNDS', 20)
  const log = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(5)} s] ${line}`)
  log(`seed ${seed}; ${perAction} fuzz inputs per action, ${crashRuns} crash runs, ${raceRounds} race rounds`)

  const fuzz = await runFuzz({
    seed, perAction,
    progress: (a) => log(`fuzz ${a.action}: ${a.inputs} inputs, ${a.ok} ok, ${a.internal} INTERNAL, ${a.refusedCommits} refused-and-wrote, ${a.seconds.toFixed(0)} s`),
  })
  for (const f of fuzz.findings) log(`  finding ${f.action}: ${f.answer.slice(0, 200)}`)

  const rnd = seededRandom(seed)
  const crash: ReliabilityRun['crash'] = []
  for (let i = 0; i < crashRuns; i++) {
    const opts = { clients: 8, killAfter: rnd.int(50, 400) }
    const result = await crashOnce(rnd, opts)
    crash.push({ ...opts, result })
    log(`crash ${i + 1}: ${result.acknowledged} answered ok, ${result.lost.length} lost, ${result.unanswered} unanswered, integrity ${result.integrity}`)
  }

  const races: ReliabilityRun['races'] = []
  for (const t of TARGETS) {
    const target = await t.open()
    // The CloudBase fake is slower per call (HTTP per store call): fewer rounds there.
    const rounds = t.label.includes('CloudBase') ? Math.max(1, Math.round(raceRounds / 4)) : raceRounds
    try {
      races.push({ target: t.label, rounds, results: await runRaces(target.invoke, rounds) })
    } finally {
      await target.close()
    }
    log(`races on ${t.label}: ${races[races.length - 1].results.map((r) => `${r.scenario} ${r.violations.length ? `${r.violations.length} violations` : 'ok'}`).join('; ')}`)
  }

  const run: ReliabilityRun = {
    date: new Date().toISOString(),
    machine: `${platform()} ${release()}, ${cpus()[0]?.model.trim() ?? 'cpu'} × ${cpus().length}, Node ${process.version}`,
    seconds: (Date.now() - started) / 1000,
    fuzz, crash, races,
  }
  const out = join(__dirname, '..', 'docs', 'reliability.md')
  writeFileSync(out, renderReport(run))
  log(`wrote ${out}`)
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack : err)
  process.exit(1)
})
