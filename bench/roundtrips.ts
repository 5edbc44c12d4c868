/**
 * `npm run -s bench:roundtrips`: requests per user-facing action through the real functions on the CloudBase
 * adapter against the local fake (bench/lib/roundtrips). Prints only `{"<function>.<action>": <count>, …}` on
 * stdout and rewrites the round-trip section of docs/benchmarks.md (count, budget, within?, p50 at +10 ms a
 * request). ROUNDTRIPS_WRITE=0 leaves the doc alone.
 */
import { resolve } from 'node:path'
import { measureRoundTrips } from './lib/roundtrips'
import { markdownSection, writeSection } from './lib/roundtrips/report'

const SAMPLES = 5
const DELAY_MS = 10
const DOC = resolve(__dirname, '..', 'docs', 'benchmarks.md')

async function main() {
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
