/**
 * `npm run -s bench:roundtrips`: requests per user-facing action through the real functions on the CloudBase
 * adapter against the local fake (bench/lib/roundtrips). Prints only `{"<function>.<action>": <count>, …}` on
 * stdout and rewrites the round-trip section of docs/benchmarks.md (count, budget, within?, p50 at +10 ms a
 * request). ROUNDTRIPS_WRITE=0 leaves the doc alone.
 * `npm run -s bench:roundtrips -- grievance.submit membership.apply` lists the requests of the named actions instead
 * (one sample, no delay, the doc left alone): what to cut when an action is over its budget.
 */
import { resolve } from 'node:path'
import { measureRoundTrips } from './lib/roundtrips'
import { markdownSection, writeSection } from './lib/roundtrips/report'

const SAMPLES = 5
const DELAY_MS = 10
const DOC = resolve(__dirname, '..', 'docs', 'benchmarks.md')

async function explain(keys: string[]) {
  const results = await measureRoundTrips({ samples: 1, delayMs: 0 })
  for (const key of keys) {
    const r = results[key]
    process.stdout.write(r ? `${key}: ${r.count}\n${r.requests.map((q) => `  ${q}`).join('\n')}\n` : `${key}: no such action\n`)
  }
}

async function main() {
  const keys = process.argv.slice(2)
  if (keys.length > 0) return explain(keys)
  const results = await measureRoundTrips({ samples: SAMPLES, delayMs: DELAY_MS })
  process.stdout.write(`${JSON.stringify(Object.fromEntries(Object.entries(results).map(([k, r]) => [k, r.count])))}\n`)
  if (process.env.ROUNDTRIPS_WRITE !== '0') {
    writeSection(DOC, markdownSection(results, { date: new Date().toISOString(), samples: SAMPLES, delayMs: DELAY_MS }))
  }
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
