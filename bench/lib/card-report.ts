/** The e-member card part of the console table and of the generated section of docs/benchmarks.md. */
import { VERIFY_RATIO_TARGET, type CardBenchResult } from '../card'
import { f0, f1, f2, mdTable, type Row } from './format'
import type { LoadResult } from './load'

const met = (ok: boolean) => (ok ? 'met' : 'MISSED')

export function cardRows(c: CardBenchResult): Row[] {
  const v = c.verify
  return [
    ['Card token', `req/s (${c.connections} connections)`, f0(c.token.reqPerSec), `${f0(c.noop.reqPerSec)} (listCalendarYears)`, f2(c.ratio), '—'],
    ['Card token', 'p50 / p99 latency ms', `${f1(c.token.p50Ms)} / ${f1(c.token.p99Ms)}`, `${f1(c.noop.p50Ms)} / ${f1(c.noop.p99Ms)}`, '—', 'reported'],
    ['Card verify (offline)', 'verifications/s', f0(v.cardPerSec), `${f0(v.barePerSec)} (bare ed25519.verify)`, f2(v.ratio), `≥ ${f2(VERIFY_RATIO_TARGET)} (${met(v.ratio >= VERIFY_RATIO_TARGET)})`],
  ]
}

const loadRow = (name: string, l: LoadResult) => [name, f0(l.reqPerSec), f1(l.p50Ms), f1(l.p99Ms), f0(l.total), String(l.failures)]

export function cardSection(c: CardBenchResult, n: number): string {
  const v = c.verify
  return `## ${n}. E-member card

**Token issuance through the host** (${c.members.toLocaleString('en-US')} members, ${c.connections} connections, ${c.seconds} s per action in ${c.slices} alternating slices; each request from the next member's account):

${mdTable(['Action', 'req/s', 'p50 ms', 'p99 ms', 'Requests', 'Failures'], [loadRow('card.token', c.token), loadRow('directory.listCalendarYears (baseline)', c.noop)])}

Throughput ratio (token ÷ baseline): **${f2(c.ratio)}**; card.token p99 **${f1(c.token.p99Ms)} ms** at ${c.connections} connections.

**Offline verification** (${v.rounds} rounds of ${f0(v.perRound)} pairs, the two alternating call by call, a ${v.tokenChars}-character token):
\`verifyCardToken\` **${f0(v.cardPerSec)}/s** against a bare \`ed25519.verify\` of the same message and signature
**${f0(v.barePerSec)}/s** (medians over the rounds). Ratio (median of the per-round ratios): **${f2(v.ratio)}**
(target ≥ ${f2(VERIFY_RATIO_TARGET)}: ${met(v.ratio >= VERIFY_RATIO_TARGET)}).
`
}
