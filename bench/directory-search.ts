/**
 * Directory search through the local host: autocannon drives `POST /fn/directory` with rotating name
 * fragments (searchEnterprises) and, as the same-run baseline, the same host with `listCalendarYears`
 * (no-op-ish: one small table read). The two alternate in short slices (A B B A …) so a change in the
 * machine's load falls on both; each side's slices are pooled. The host runs in its own process.
 */
import autocannon from 'autocannon'
import { join } from 'node:path'
import { openSqliteStore } from '../cloudfunctions/_lib/store/sqlite'
import { startHostProcess } from './lib/host-process'
import { msSince, percentile } from './lib/stats'

export type LoadResult = {
  reqPerSec: number
  p50Ms: number
  p99Ms: number
  total: number
  /** socket errors + timeouts + non-2xx + replies that were not `{ ok: true, … }` */
  failures: number
}
export type SearchResult = {
  connections: number
  /** seconds of load per action, in `slices` slices */
  seconds: number
  slices: number
  fragments: number
  /** mean items per reply over the fragment list (page size 20), checked before the load */
  meanHits: number
  /** the store's searchEnterprises alone, in this process (no HTTP, no zod, no JSON): ms per call */
  store: { meanMs: number; p50Ms: number; p99Ms: number }
  search: LoadResult
  noop: LoadResult
  /** search req/s ÷ listCalendarYears req/s */
  ratio: number
}

type Opts = { dbPath: string; workDir: string; fragments: string[]; connections: number; seconds: number; slices?: number; warmupSeconds?: number }
type Pool = { latencies: number[]; total: number; seconds: number; failures: number }

async function post(url: string, body: unknown): Promise<{ ok: boolean; data?: { items: unknown[] } }> {
  const res = await fetch(`${url}/fn/directory`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  return (await res.json()) as { ok: boolean; data?: { items: unknown[] } }
}

/** Every fragment must find something, or the bench would be measuring empty answers. */
async function meanHits(url: string, fragments: string[]): Promise<number> {
  const distinct = [...new Set(fragments)]
  let hits = 0
  for (const q of distinct) {
    const reply = await post(url, { action: 'searchEnterprises', q })
    if (!reply.ok || !reply.data?.items.length) throw new Error(`search for “${q}” found nothing: ${JSON.stringify(reply)}`)
    hits += reply.data.items.length
  }
  return hits / distinct.length
}

async function load(url: string, body: () => string, connections: number, seconds: number, pool?: Pool) {
  let bad = 0
  const tracker = autocannon({
    url,
    connections,
    duration: seconds,
    timeout: 10,
    requests: [
      {
        method: 'POST',
        path: '/fn/directory',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req) => ({ ...req, body: body() }),
        onResponse: (status, text) => {
          if (status !== 200 || !text.startsWith('{"ok":true')) bad++
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

/** What the host adds is everything but this: each fragment searched twice on the store, the second timed. */
async function storeOnly(dbPath: string, fragments: string[]) {
  const store = openSqliteStore(dbPath)
  try {
    const times: number[] = []
    for (const q of fragments) {
      await store.directory.searchEnterprises(q, undefined, undefined, 20)
      const start = process.hrtime.bigint()
      await store.directory.searchEnterprises(q, undefined, undefined, 20)
      times.push(msSince(start))
    }
    return { meanMs: times.reduce((a, b) => a + b, 0) / times.length, p50Ms: percentile(times, 50), p99Ms: percentile(times, 99) }
  } finally {
    await store.close()
  }
}

export async function benchDirectorySearch(opts: Opts): Promise<SearchResult> {
  const store = await storeOnly(opts.dbPath, opts.fragments)
  const host = await startHostProcess(opts.dbPath, join(opts.workDir, 'host-data'))
  try {
    let i = 0
    const searchBody = () => JSON.stringify({ action: 'searchEnterprises', q: opts.fragments[i++ % opts.fragments.length] })
    const noopBody = () => '{"action":"listCalendarYears"}'
    const hits = await meanHits(host.url, opts.fragments)
    const warmup = opts.warmupSeconds ?? 1
    await load(host.url, noopBody, opts.connections, warmup)
    await load(host.url, searchBody, opts.connections, warmup)

    const slices = opts.slices ?? 4
    const sliceSeconds = Math.max(1, Math.round(opts.seconds / slices))
    const noop: Pool = { latencies: [], total: 0, seconds: 0, failures: 0 }
    const search: Pool = { latencies: [], total: 0, seconds: 0, failures: 0 }
    for (let k = 0; k < slices; k++) {
      const pair = k % 2 === 0 ? ([noop, search] as const) : ([search, noop] as const)
      for (const pool of pair) await load(host.url, pool === noop ? noopBody : searchBody, opts.connections, sliceSeconds, pool)
    }
    const s = summarise(search)
    const n = summarise(noop)
    return {
      connections: opts.connections,
      seconds: sliceSeconds * slices,
      slices,
      fragments: opts.fragments.length,
      meanHits: hits,
      store,
      search: s,
      noop: n,
      ratio: s.reqPerSec / n.reqPerSec,
    }
  } finally {
    await host.stop()
  }
}
