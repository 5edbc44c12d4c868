/** The application-queue part (issue 4) of the console table and of the generated section of docs/benchmarks.md. */
import type { MembershipBenchResult } from '../membership-queue'
import type { Timing } from '../membership-store'
import { f0, f1, f2, f3, mb, mdTable, type Row } from './format'
import type { LoadResult } from './load'

/** The worst p99 over the port's keyset pages (first pages, deep pages, the walk's pages; not OFFSET). */
export function worstApplicationQueueP99(m: MembershipBenchResult): number {
  const q = m.port.queue
  return Math.max(
    q.smallOrgPendingFirstPage.p99, q.smallOrgAllFirstPage.p99, q.bigOrgAllFirstPage.p99, q.bigOrgPendingFirstPage.p99,
    q.bigOrgApprovedFirstPage.p99, q.bigOrgOverdueFirstPage.p99, q.rootOverdueFirstPage.p99, q.bigOrgPendingKeysetAtDepth.p99,
    q.bigOrgAllKeysetAtDepth.p99, q.bigOrgPendingWalk.pageP99,
  )
}

export function membershipRows(m: MembershipBenchResult): Row[] {
  const { port, queueHost: h, dataset: d } = m
  const q = port.queue
  return [
    ['Application queue (port)', `worst p99 ms of the pages, ${f0(d.members)} members`, f3(worstApplicationQueueP99(m)), '—', '—', 'reported'],
    ['Application queue (port)', `p50 ms at pending depth ${f0(d.depth)}`, `${f3(q.bigOrgPendingKeysetAtDepth.p50)} keyset`, `${f3(q.bigOrgPendingOffsetAtDepth.p50)} OFFSET`, `${f1(q.offsetToKeysetRatio)}× (OFFSET ÷ keyset)`, '—'],
    ['Application queue (host)', `req/s (${h.connections} connections)`, f0(h.queue.reqPerSec), `${f0(h.noop.reqPerSec)} (listCalendarYears)`, f2(h.ratio), '—'],
    ['Application queue (host)', 'p50 / p99 latency ms', `${f1(h.queue.p50Ms)} / ${f1(h.queue.p99Ms)}`, `${f1(h.noop.p50Ms)} / ${f1(h.noop.p99Ms)}`, '—', 'reported'],
  ]
}

const loadRow = (name: string, l: LoadResult) => [name, f0(l.reqPerSec), f1(l.p50Ms), f1(l.p99Ms), f0(l.total), String(l.failures)]
const t = (name: string, x: Timing) => [name, f3(x.p50), f3(x.p99), f0(x.samples)]

export function membershipSection(m: MembershipBenchResult, n: number): string {
  const { port, queueHost: h, dataset: d, generate: gen } = m
  const q = port.queue
  const w = q.bigOrgPendingWalk
  const due = port.due
  return `## ${n}. Application queue with ${f0(d.members)} members

${f0(d.orgs)} orgs (the grievance benches’ directory, section 4), imported with \`importDirectory\`; then ${f0(d.members)} approved join applications with
their member rows, ${f0(d.applications - d.members - d.pending)} rejected and ${f0(d.pending)} pending applications (${f0(d.applications)} in all)
written in ${f1(gen.ms / 1000)} s (load ${f1(gen.loadMs / 1000)} s, index build ${f1(gen.indexMs / 1000)} s); database file ${mb(gen.dbBytes)}.
The big town \`${d.bigOrgId}\` holds ${f0(d.bigOrgMembers)} members and ${f0(d.bigOrgApplications)} applications, ${f0(d.bigOrgPending)} of them pending;
the root \`${d.rootId}\` holds ${f0(d.rootOverdue)} overdue ones. Encrypted and hashed columns hold random strings of the real shapes (no crypto).

At the store port (SQLite adapter, in process, pages of ${d.pageSize}):

${mdTable(
  ['Page', 'p50 ms', 'p99 ms', 'Samples'],
  [
    t(`a small org’s pending tab, first page (rotating over the other orgs; ${f1(q.smallOrgPendingItems)} items on average)`, q.smallOrgPendingFirstPage),
    t('a small org’s queue, no filter, first page (rotating)', q.smallOrgAllFirstPage),
    t('the big town, no filter, first page', q.bigOrgAllFirstPage),
    t('the big town’s pending tab, first page', q.bigOrgPendingFirstPage),
    t('the big town’s approved tab, first page', q.bigOrgApprovedFirstPage),
    t('the big town’s overdue tab (empty: overdue is set only at the root)', q.bigOrgOverdueFirstPage),
    t('the root’s overdue tab, first page', q.rootOverdueFirstPage),
    t(`the big town, no filter, at depth ${f0(d.allDepth)} (keyset cursor)`, q.bigOrgAllKeysetAtDepth),
    t(`the big town’s pending tab at depth ${f0(d.depth)}, keyset cursor (what listQueue does)`, q.bigOrgPendingKeysetAtDepth),
    t(`the big town’s pending tab at depth ${f0(d.depth)}, \`LIMIT … OFFSET\` (for comparison)`, q.bigOrgPendingOffsetAtDepth),
  ],
)}

Following \`next\` through the big town's whole pending tab: ${f0(w.pages)} pages, ${f0(w.items)} applications in ${f1(w.totalMs)} ms
(page p50 ${f3(w.pageP50)} ms, p99 ${f3(w.pageP99)} ms). Worst p99 of the keyset pages: **${f3(worstApplicationQueueP99(m))} ms**.
OFFSET ÷ keyset at pending depth ${f0(d.depth)} (p50): **${f1(q.offsetToKeysetRatio)}×**.
\`listDue\` at ${due.duePercent} % due (\`now\` = ${due.now}, ${f0(due.clocks)} applications with a running clock): ${f0(due.items)} due in
${f0(due.pages)} pages of 100, ${f1(due.totalMs)} ms (page p50 ${f3(due.pageP50)}, p99 ${f3(due.pageP99)} ms); nothing due: p50 ${f3(port.noneDue.p50)} ms, p99 ${f3(port.noneDue.p99)} ms.

Through the host (${h.connections} connections, ${h.seconds} s per action in ${h.slices} alternating slices): the officer of \`${d.bigOrgId}\`
posts \`membership.queue\` (\`status: 'pending'\`, 20 per page) with a cursor rotating over the pending depths ${h.depths.map(f0).join(', ')}.

${mdTable(['Action', 'req/s', 'p50 ms', 'p99 ms', 'Requests', 'Failures'], [loadRow('membership.queue (town officer, pending tab)', h.queue), loadRow('directory.listCalendarYears (baseline)', h.noop)])}

Throughput ratio (queue ÷ baseline): **${f2(h.ratio)}**; membership.queue p99 **${f1(h.queue.p99Ms)} ms** at ${h.connections} connections.
`
}
