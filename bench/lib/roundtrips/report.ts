/**
 * The round-trip section of docs/benchmarks.md. Same mechanism as bench/run.ts: only the text between this
 * section's own markers is rewritten; the first run appends the heading, a hand-editable method paragraph and
 * the markers after everything else, so `npm run bench`'s generated part is never touched.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { f1, mdTable } from '../format'
import { ACTION_BUDGET, CATEGORIES, budgetOf } from './budgets'
import type { ActionMeasure } from './harness'

export const HEADING = '## Round trips per action (CloudBase adapter, local fake)'
const BEGIN = '<!-- BEGIN GENERATED (npm run bench:roundtrips) -->'
const END = '<!-- END GENERATED (npm run bench:roundtrips) -->'

const METHOD = `\`npm run -s bench:roundtrips\` (\`tsx bench/roundtrips.ts\`, about a minute) prints \`{"<function>.<action>": <requests>, …}\`
and rewrites the table below; \`tests/bench/roundtrips.test.ts\` runs the same harness and fails when an action goes over
its budget. Each user-facing action is called through its function's real \`invoke\` with production's deps
(\`cloudDepsOn\` in \`cloudfunctions/_lib/runtime/cloud.ts\`: the CloudBase store and files adapters, the calendar cache)
on the real \`@cloudbase/node-sdk\`, against the local fake (\`tests/support/cloudbase-fake\`) seeded with the demo
directory, in a realistic state made by uncounted setup calls (\`bench/lib/roundtrips/scenarios.ts\`: a case to
accept, an application to approve, …; every measured call must answer \`ok\`). A request is every HTTP request the
fake receives during the call: database and storage API calls (transaction control included) and the storage PUT/GET
behind an upload or a read. **Warm instance**: each deployed function keeps one set of deps for the whole run, and every
action runs once unmeasured before it is measured, so per-container caches (the calendar, 5 minutes) are as a warm
container holds them; the count is the most any measured sample sent. p50 is the median wall time of the measured calls
with 10 ms added by the fake to every request (a stand-in for the network between a function and the database), so it
shows roughly what a user would wait beyond the function's own start. Budgets (\`bench/lib/roundtrips/budgets.ts\`):
worker writes ≤ 4, officer writes (decisions, audited reveals, admin changes) ≤ 4, reads ≤ 2.`

/** `getDocument grievances ×2 · insertDocument inbox`: the requests of a call, grouped in first-seen order. */
export function describeRequests(requests: readonly string[]): string {
  const counts = new Map<string, number>()
  for (const r of requests) counts.set(r, (counts.get(r) ?? 0) + 1)
  return [...counts].map(([r, n]) => (n > 1 ? `${r} ×${n}` : r)).join(' · ')
}

export function markdownSection(results: Record<string, ActionMeasure>, info: { date: string; samples: number; delayMs: number }): string {
  const keys = Object.keys(results)
  const rows = keys.map((k) => {
    const { count, p50Ms } = results[k]
    const budget = budgetOf(k)
    return [`\`${k}\``, CATEGORIES[k], String(count), String(budget), count <= budget ? 'yes' : `**no** (+${count - budget})`, f1(p50Ms)]
  })
  const over = keys.filter((k) => results[k].count > budgetOf(k))
  return [
    `Measured ${info.date}, ${info.samples} measured calls per action, +${info.delayMs} ms per request for p50.`,
    `Within budget: **${keys.length - over.length} of ${keys.length}** actions.`,
    '',
    mdTable(['Action', 'Category', 'Requests', 'Budget', 'Within?', `p50 ms at +${info.delayMs} ms/request`], rows),
    '',
    'Actions with their own budget (`ACTION_BUDGET`), and why:',
    '',
    mdTable(['Action', 'Budget', 'Why'], Object.entries(ACTION_BUDGET).map(([k, b]) => [`\`${k}\``, String(b.budget), b.why])),
    '',
    'What each action over its budget sends (in order of first use):',
    '',
    mdTable(['Action', 'Requests'], over.map((k) => [`\`${k}\``, describeRequests(results[k].requests)])),
    '',
  ].join('\n')
}

export function writeSection(docPath: string, section: string): void {
  let current = existsSync(docPath) ? readFileSync(docPath, 'utf8') : '# Benchmarks\n'
  if (!current.includes(BEGIN)) current = `${current.trimEnd()}\n\n${HEADING}\n\n${METHOD}\n\n${BEGIN}\n${END}\n`
  const from = current.indexOf(BEGIN)
  const to = current.indexOf(END)
  if (to < from) throw new Error(`${docPath}: ${END} comes before ${BEGIN}`)
  writeFileSync(docPath, `${current.slice(0, from + BEGIN.length)}\n${section}${current.slice(to)}`)
}
