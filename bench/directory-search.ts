/**
 * Directory search through the local host: autocannon drives `POST /fn/directory` with rotating name
 * fragments (searchEnterprises) and, as the same-run baseline, the same host with `listCalendarYears`
 * (no-op-ish: one small table read). The two alternate in short slices (A B B A …) so a change in the
 * machine's load falls on both; each side's slices are pooled. The host runs in its own process.
 */
import { join } from 'node:path'
import { openSqliteStore } from '../cloudfunctions/_lib/store/sqlite'
import { startHostProcess } from './lib/host-process'
import { alternate, NOOP, type LoadResult, type LoadSide } from './lib/load'
import { msSince, percentile } from './lib/stats'

export type { LoadResult }
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
    const search: LoadSide = { path: '/fn/directory', next: () => ({ body: JSON.stringify({ action: 'searchEnterprises', q: opts.fragments[i++ % opts.fragments.length] }) }) }
    const hits = await meanHits(host.url, opts.fragments)
    const slices = opts.slices ?? 4
    const run = await alternate(host.url, search, NOOP, { connections: opts.connections, seconds: opts.seconds, slices, warmupSeconds: opts.warmupSeconds ?? 1 })
    return {
      connections: opts.connections,
      seconds: run.seconds,
      slices,
      fragments: opts.fragments.length,
      meanHits: hits,
      store,
      search: run.subject,
      noop: run.baseline,
      ratio: run.subject.reqPerSec / run.baseline.reqPerSec,
    }
  } finally {
    await host.stop()
  }
}
