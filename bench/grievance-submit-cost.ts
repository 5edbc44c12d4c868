/**
 * Where one submit's time goes, without HTTP or concurrency: the grievance function's `invoke`, in this
 * process, on the bench database, one call after another, with every store method timed through a proxy.
 * The same for `listCalendarYears`, so the service times of the two sides of the load comparison are known.
 * A WAL checkpoint runs inside whichever commit crosses the threshold, so its cost lands on the writes.
 */
import { join } from 'node:path'
import { FUNCTIONS } from '../cloudfunctions/registry'
import type { Store } from '../cloudfunctions/_lib/store/port'
import { localDeps } from '../scripts/host/deps'
import { submitSide } from './grievance-submit'
import type { GrievanceDirectory } from './lib/grievance-directory'
import { msSince, percentile, round } from './lib/stats'

export type SubmitCost = {
  calls: number
  /** mean ms per call, whole invoke */
  submitMs: number
  noopMs: number
  /** the spread of single submits: the tail is the service time's own, no queueing in it */
  submitP50Ms: number
  submitP99Ms: number
  submitMaxMs: number
  /** submits that took over 5 ms (a commit that ran a WAL checkpoint, or a GC pause, lands here) */
  slowSubmits: number
  /** mean ms per submit call spent in each store method (`group.method`), largest first */
  store: { method: string; calls: number; ms: number }[]
  /** submitMs minus all store time: zod, routing, deadlines, crypto, ids, the envelope */
  restMs: number
}

/** The store with every method of every group wrapped in a timer that adds to `totals`. */
function timedStore(store: Store, totals: Map<string, { calls: number; ms: number }>): Store {
  const wrap = <T extends object>(group: string, target: T): T =>
    new Proxy(target, {
      get(obj, key, receiver) {
        const value = Reflect.get(obj, key, receiver)
        if (typeof value !== 'function' || typeof key !== 'string') return value
        return async (...args: unknown[]) => {
          const start = process.hrtime.bigint()
          try {
            return await value.apply(obj, args)
          } finally {
            const entry = totals.get(`${group}.${key}`) ?? { calls: 0, ms: 0 }
            entry.calls++
            entry.ms += msSince(start)
            totals.set(`${group}.${key}`, entry)
          }
        }
      },
    })
  const out = { ...store } as Record<string, unknown>
  for (const [group, value] of Object.entries(store)) if (typeof value === 'object' && value) out[group] = wrap(group, value)
  return out as unknown as Store
}

export async function measureSubmitCost(dbPath: string, workDir: string, dir: GrievanceDirectory, calls: number): Promise<SubmitCost> {
  const deps = localDeps({ dbPath, dataDir: join(workDir, 'grievance-host'), baseUrl: () => '', log: { info() {}, error() {} } })
  try {
    const totals = new Map<string, { calls: number; ms: number }>()
    const timed = { ...deps, store: timedStore(deps.store, totals) }
    const side = submitSide(dir, {})
    const { grievance, directory } = FUNCTIONS
    const run = async (n: number, call: () => Promise<{ ok: boolean }>) => {
      for (let i = 0; i < Math.min(50, n); i++) await call() // warm-up: statements prepared, calendar cached
      totals.clear()
      const each: number[] = []
      for (let i = 0; i < n; i++) {
        const start = process.hrtime.bigint()
        if (!(await call()).ok) throw new Error('a measured call failed')
        each.push(msSince(start))
      }
      const stats = { p50: percentile(each, 50), p99: percentile(each, 99), max: Math.max(...each), slow: each.filter((ms) => ms > 5).length }
      return { mean: each.reduce((a, b) => a + b, 0) / n, ...stats }
    }
    const noop = await run(calls, () => directory.invoke({ action: 'listCalendarYears' }, { kind: 'none' }, timed))
    const submit = await run(calls, () => {
      const { body, headers } = side.next()
      return grievance.invoke(JSON.parse(body), { kind: 'user', openid: headers!['x-dev-openid'] }, timed)
    })
    const store = [...totals]
      .map(([method, t]) => ({ method, calls: round(t.calls / calls, 2), ms: round(t.ms / calls, 3) }))
      .sort((a, b) => b.ms - a.ms)
    const storeMs = store.reduce((sum, s) => sum + s.ms, 0)
    return {
      calls,
      submitMs: round(submit.mean, 3),
      noopMs: round(noop.mean, 3),
      submitP50Ms: round(submit.p50, 3),
      submitP99Ms: round(submit.p99, 3),
      submitMaxMs: round(submit.max, 1),
      slowSubmits: submit.slow,
      store,
      restMs: round(submit.mean - storeMs, 3),
    }
  } finally {
    await deps.store.close()
  }
}
