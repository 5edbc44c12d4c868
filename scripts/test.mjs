// `npm test`: the whole jest suite, then one plain closing line `N passed, N failed` that CI reads.
import { spawnSync } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'

const out = '.jest-results.json'
rmSync(out, { force: true })
const args = ['jest', '--json', `--outputFile=${out}`, ...process.argv.slice(2)]
const run = spawnSync('npx', args, { stdio: 'inherit', env: process.env })
let summary = null
try {
  summary = JSON.parse(readFileSync(out, 'utf8'))
} catch {
  // jest crashed before writing results: counted as a failure below
}
const passed = summary?.numPassedTests ?? 0
const failed = (summary?.numFailedTests ?? 0) + (summary?.numRuntimeErrorTestSuites ?? 0)
const skipped = summary?.numPendingTests ?? 0
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(run.status === 0 && summary?.success ? 0 : 1)
