/** The grievance part of the console table and of the generated section of docs/benchmarks.md. */
import type { GrievanceBenchResult } from '../grievance'
import { SWEEP_BUDGET_MS, type SweepRun } from '../grievance-sweep'
import type { LoadResult } from './load'
import { f0, f1, f2, f3, mb, mdTable, type Row } from './format'
import { submitLightLines } from './host-targets-report'

export const SUBMIT_RATIO_TARGET = 0.5
export const SUBMIT_P99_TARGET_MS = 50
export const QUEUE_P99_TARGET_MS = 5

const met = (ok: boolean) => (ok ? 'met' : 'MISSED')
const handled = (r: SweepRun) => r.escalated + r.overdue

/** The worst p99 over the port's queue pages (first pages and the keyset page at depth; not OFFSET). */
export function worstQueueP99(g: GrievanceBenchResult): number {
  const q = g.port.queue
  return Math.max(q.typicalOrgFirstPage.p99, q.bigOrgFirstPage.p99, q.bigOrgOverdueFirstPage.p99, q.bigOrgKeysetAtDepth.p99)
}

const firstRunAt = (g: GrievanceBenchResult, percent: number) => g.sweep.find((r) => r.duePercent === percent)

export function grievanceRows(g: GrievanceBenchResult): Row[] {
  const { submit, queueHost, port } = g
  const q = port.queue
  const worst = worstQueueP99(g)
  const none = firstRunAt(g, 0)
  const sweepRow = (percent: number): Row => {
    const r = firstRunAt(g, percent)
    if (!r) return ['Escalation sweep', `one run at ${percent} % due`, '—', '—', '—', '—']
    const each = r.perCaseMs === null ? '' : `, ${f3(r.perCaseMs)} ms each`
    return ['Escalation sweep', `one run at ${percent} % due: ms (cases handled)`, `${f0(r.ms)} (${f0(handled(r))} of ${f0(r.dueBefore)}${each})`, `${f0(none?.ms ?? 0)} (nothing due)`, '—', '—']
  }
  return [
    ['Grievance submit', `req/s (${submit.connections} connections)`, f0(submit.submit.reqPerSec), `${f0(submit.noop.reqPerSec)} (listCalendarYears)`, f2(submit.ratio), `≥ ${f2(SUBMIT_RATIO_TARGET)} (${met(submit.ratio >= SUBMIT_RATIO_TARGET)})`],
    ['Grievance submit', 'p50 / p99 latency ms', `${f1(submit.submit.p50Ms)} / ${f1(submit.submit.p99Ms)}`, `${f1(submit.noop.p50Ms)} / ${f1(submit.noop.p99Ms)}`, '—', `p99 ≤ ${SUBMIT_P99_TARGET_MS} (${met(submit.submit.p99Ms <= SUBMIT_P99_TARGET_MS)})`],
    ['Officer queue (port)', `worst p99 ms of the pages, ${f0(g.dataset.cases)} cases`, f3(worst), '—', '—', `≤ ${QUEUE_P99_TARGET_MS} (${met(worst <= QUEUE_P99_TARGET_MS)})`],
    ['Officer queue (port)', `p50 ms at depth ${f0(g.dataset.depth)}`, `${f3(q.bigOrgKeysetAtDepth.p50)} keyset`, `${f3(q.bigOrgOffsetAtDepth.p50)} OFFSET`, `${f1(q.offsetToKeysetRatio)}× (OFFSET ÷ keyset)`, '—'],
    ['Officer queue (host)', `req/s (${queueHost.connections} connections)`, f0(queueHost.queue.reqPerSec), `${f0(queueHost.noop.reqPerSec)} (listCalendarYears)`, f2(queueHost.ratio), '—'],
    ['Officer queue (host)', 'p50 / p99 latency ms', `${f1(queueHost.queue.p50Ms)} / ${f1(queueHost.queue.p99Ms)}`, `${f1(queueHost.noop.p50Ms)} / ${f1(queueHost.noop.p99Ms)}`, '—', '—'],
    sweepRow(1),
    sweepRow(10),
  ]
}

const loadRow = (name: string, l: LoadResult) => [name, f0(l.reqPerSec), f1(l.p50Ms), f1(l.p99Ms), f0(l.total), String(l.failures)]
const LOAD_HEAD = ['Action', 'req/s', 'p50 ms', 'p99 ms', 'Requests', 'Failures']

function submitPart(g: GrievanceBenchResult): string {
  const { submit: s, submitCost: c } = g
  const routes = Object.entries(s.routes)
    .sort((a, b) => b[1] - a[1])
    .map(([reason, n]) => `${reason} ${f0(n)}`)
    .join(', ')
  const share = (ms: number) => `${f0((100 * ms) / c.submitMs)} %`
  return `## 5. Grievance submit through the host (${s.connections} connections, ${s.seconds} s per action in ${s.slices} alternating slices)

${mdTable(LOAD_HEAD, [loadRow('grievance.submit (a new report each request)', s.submit), loadRow('directory.listCalendarYears (baseline)', s.noop)])}

Throughput ratio (submit ÷ baseline): **${f2(s.ratio)}** (target ≥ ${f2(SUBMIT_RATIO_TARGET)}: ${met(s.ratio >= SUBMIT_RATIO_TARGET)}).
p99 at ${s.connections} connections: **${f1(s.submit.p99Ms)} ms** (target ≤ ${SUBMIT_P99_TARGET_MS} ms: ${met(s.submit.p99Ms <= SUBMIT_P99_TARGET_MS)}).
Routes of the ${f0(s.okReplies)} accepted submissions (warm-up included): ${routes}. The database gained ${f0(s.casesCreated)} cases
(the difference, ${f0(s.casesCreated - s.okReplies)}, is requests still in flight when a slice ended: written, but the reply was not read).
Durability while writing: journal mode \`${g.dataset.journalMode}\` (read from the file), \`synchronous = NORMAL\` (set by the adapter on every connection).
${g.submitLight ? `\n${submitLightLines(g.submitLight)}` : ''}
Where one submit's time goes (${f0(c.calls)} sequential calls of the function's \`invoke\` in process, no HTTP, after the load above):
**${f3(c.submitMs)} ms per submit** (p50 ${f3(c.submitP50Ms)}, p99 ${f3(c.submitP99Ms)}, max ${f1(c.submitMaxMs)} ms; ${f0(c.slowSubmits)} of ${f0(c.calls)} took over 5 ms) against ${f3(c.noopMs)} ms per \`listCalendarYears\`.

${mdTable(
  ['Part of submit', 'calls per submit', 'ms per submit', 'share'],
  [...c.store.map((m) => [`store \`${m.method}\``, f2(m.calls), f3(m.ms), share(m.ms)]), ['everything else (zod, routing, deadline, receipt, crypto, ids, envelope)', '—', f3(c.restMs), share(c.restMs)]],
)}
`
}

function queuePart(g: GrievanceBenchResult): string {
  const { port, queueHost: h, dataset: d } = g
  const q = port.queue
  const t = (name: string, x: { p50: number; p99: number; samples: number }) => [name, f3(x.p50), f3(x.p99), f0(x.samples)]
  const depth = d.depth
  return `## 6. Officer queue with ${f0(d.cases)} cases

At the store port (SQLite adapter, in process, pages of ${d.pageSize}; ${f0(d.bigOrgCases)} cases in the big queue \`${d.bigOrgId}\`):

${mdTable(
  ['Page', 'p50 ms', 'p99 ms', 'Samples'],
  [
    t('a typical org’s first page (rotating over the other orgs)', q.typicalOrgFirstPage),
    t('the big town’s first page', q.bigOrgFirstPage),
    t('the big town’s first page, overdue only', q.bigOrgOverdueFirstPage),
    t(`the big town at depth ${f0(depth)}, keyset cursor (what listQueue does)`, q.bigOrgKeysetAtDepth),
    t(`the big town at depth ${f0(depth)}, \`LIMIT … OFFSET\` (for comparison)`, q.bigOrgOffsetAtDepth),
  ],
)}

Worst p99 of the keyset pages: **${f3(worstQueueP99(g))} ms** (target ≤ ${QUEUE_P99_TARGET_MS} ms: ${met(worstQueueP99(g) <= QUEUE_P99_TARGET_MS)}).
OFFSET ÷ keyset at depth ${f0(depth)} (p50): **${f1(q.offsetToKeysetRatio)}×**.

Through the host (${h.connections} connections, ${h.seconds} s per action in ${h.slices} alternating slices): a town officer of \`${d.bigOrgId}\`
posts \`grievance.queue\` with a cursor rotating over the first page and keyset pages at depths ${h.depths.map(f0).join(', ')}.

${mdTable(LOAD_HEAD, [loadRow('grievance.queue (town officer, 20 per page)', h.queue), loadRow('directory.listCalendarYears (baseline)', h.noop)])}

Throughput ratio (queue ÷ baseline): **${f2(h.ratio)}**.
`
}

function sweepPart(g: GrievanceBenchResult): string {
  const { port, sweep, dataset: d } = g
  const drains = (percent: number) => {
    const r = firstRunAt(g, percent)
    // Estimated from the run's own per-case cost: how many budgets the backlog fills.
    const runs = r && r.perCaseMs !== null ? Math.max(1, Math.ceil((r.dueBefore * r.perCaseMs) / SWEEP_BUDGET_MS)) : 0
    return r ? `${f0(r.dueBefore)} due → ${f0(runs)} hourly ${runs === 1 ? 'run' : 'runs'} to clear (estimated at the measured cost per case)` : '—'
  }
  return `## 7. Escalation sweep at ${f0(d.cases)} open cases

The store's \`listDue('escalate')\` alone, walking every due case in pages of 100 (a second walk, timed; nothing due: p50 ${f3(port.noneDue.p50)} ms, p99 ${f3(port.noneDue.p99)} ms per call):

${mdTable(
  ['Due', 'Due cases', 'Pages', 'Walk ms', 'Page p50 ms', 'Page p99 ms'],
  port.due.map((r) => [`${r.duePercent} %`, f0(r.dueCases), f0(r.pages), f1(r.totalMs), f3(r.pageP50), f3(r.pageP99)]),
)}

The real \`escalate.sweep\` through the host (\`x-dev-trigger: timer\`, \`x-dev-now\` at the moment the given share of the generated
cases is past accept-by), runs in this order; one run works until its wall-clock budget of ${f0(SWEEP_BUDGET_MS / 1000)} s (\`SWEEP_BUDGET_MS\`) is spent, then answers \`complete: false\`:

${mdTable(
  ['Due', 'now', 'Due before the run', 'Run ms', 'Escalated', 'Marked overdue (at the root)', 'ms per case', 'Complete'],
  sweep.map((r) => [r.duePercent === 0 ? 'none' : `${r.duePercent} %`, r.now, f0(r.dueBefore), f0(r.ms), f0(r.escalated), f0(r.overdue), r.perCaseMs === null ? '—' : f3(r.perCaseMs), r.complete ? 'yes' : 'no (budget spent)']),
)}

Backlog: 1 %: ${drains(1)}; 10 %: ${drains(10)}.
`
}

export function grievanceSection(g: GrievanceBenchResult): string {
  const { dataset: d, generate: gen } = g
  return `## 4. Grievance data set

${f0(d.orgs)} orgs (1 city federation, towns, area committees, joint unions, enterprise unions), ${f0(d.enterprises)} enterprises,
${f0(d.officers)} officers, imported with \`importDirectory\`; then ${f0(d.cases)} pending cases with their reporters generated onto
those orgs (${f0(d.bigOrgCases)} in the big town \`${d.bigOrgId}\`) in ${f1(gen.ms / 1000)} s (load ${f1(gen.loadMs / 1000)} s, index build
${f1(gen.indexMs / 1000)} s); database file ${mb(gen.dbBytes)}. Sections 5–7 run on this one file.

${submitPart(g)}
${queuePart(g)}
${sweepPart(g)}`
}
