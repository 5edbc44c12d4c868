/**
 * HTTP load through the local host with autocannon: one action against a same-run baseline, in short
 * alternating slices (A B B A …) so a change in the machine's load falls on both; each side's slices are
 * pooled and its percentiles computed from every response time.
 */
import autocannon from 'autocannon'
import { percentile } from './stats'

export type LoadResult = {
  reqPerSec: number
  p50Ms: number
  p99Ms: number
  total: number
  /** socket errors + timeouts + non-2xx + replies that were not `{ ok: true, … }` */
  failures: number
}

/** One side of a comparison: where to post, and the next request's body (and headers) each time. */
export type LoadSide = {
  path: string
  next: () => { body: string; headers?: Record<string, string> }
  /** Sees the text of every `{ ok: true }` reply, warm-up included, e.g. to tally what the action answered. */
  onReply?: (text: string) => void
}

type Pool = { latencies: number[]; total: number; seconds: number; failures: number }

const newPool = (): Pool => ({ latencies: [], total: 0, seconds: 0, failures: 0 })

/** `seconds` of load on one side; pooled into `pool` unless it is a warm-up. */
export async function load(url: string, side: LoadSide, connections: number, seconds: number, pool?: Pool) {
  let bad = 0
  const tracker = autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 10,
    requests: [
      {
        method: 'POST',
        path: side.path,
        headers: { 'content-type': 'application/json' },
        setupRequest: (req) => {
          const { body, headers } = side.next()
          return { ...req, body, headers: { ...req.headers, ...headers } }
        },
        onResponse: (status, text) => {
          if (status !== 200 || !text.startsWith('{"ok":true')) bad++
          else side.onReply?.(text)
        },
      },
    ],
  })
  if (pool) tracker.on('response', (_client, _status, _bytes, ms) => pool.latencies.push(ms))
  const result = await tracker
  if (!pool) return
  pool.total += result.requests.total
  pool.seconds += result.duration
  pool.failures += result.errors + result.timeouts + result.non2xx + bad
}

const summarise = (p: Pool): LoadResult => ({
  reqPerSec: p.total / p.seconds,
  p50Ms: percentile(p.latencies, 50),
  p99Ms: percentile(p.latencies, 99),
  total: p.total,
  failures: p.failures,
})

export type AlternateOptions = { connections: number; seconds: number; slices: number; warmupSeconds: number }

/**
 * A warm-up on each side, then `seconds` per side in `slices` slices, baseline first in even slices and
 * second in odd ones. Returns [subject, baseline] and the seconds actually run per side.
 */
export async function alternate(url: string, subject: LoadSide, baseline: LoadSide, opts: AlternateOptions) {
  await load(url, baseline, opts.connections, opts.warmupSeconds)
  await load(url, subject, opts.connections, opts.warmupSeconds)
  const sliceSeconds = Math.max(1, Math.round(opts.seconds / opts.slices))
  const pools = { subject: newPool(), baseline: newPool() }
  for (let k = 0; k < opts.slices; k++) {
    const order = k % 2 === 0 ? (['baseline', 'subject'] as const) : (['subject', 'baseline'] as const)
    for (const side of order) await load(url, side === 'subject' ? subject : baseline, opts.connections, sliceSeconds, pools[side])
  }
  return { subject: summarise(pools.subject), baseline: summarise(pools.baseline), seconds: sliceSeconds * opts.slices }
}

/** The baseline every host bench uses: `listCalendarYears`, one small table read that returns `[]` here. */
export const NOOP: LoadSide = { path: '/fn/directory', next: () => ({ body: '{"action":"listCalendarYears"}' }) }
