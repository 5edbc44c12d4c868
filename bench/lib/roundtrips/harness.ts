/**
 * Round trips per action (issue 10): the real functions (`FUNCTIONS[fn].invoke`, as the tests and the host call
 * them) with production's deps (`cloudDepsOn`: the CloudBase store and files adapters, the calendar cache) on
 * the real @cloudbase/node-sdk against the local fake, seeded with the demo directory. The fake's request hook
 * counts every HTTP request a measured call sends — database and storage API calls and the storage PUT/GET
 * behind them — and can add a fixed delay to each (a stand-in for the network).
 *
 * One deps per function, kept for the whole run: a warm container of each deployed function, as CloudBase
 * keeps one between calls. Each action is measured on a warm instance (see measureActions).
 */
import { randomBytes } from 'node:crypto'
import { FUNCTIONS } from '../../../cloudfunctions/registry'
import { cloudDepsOn } from '../../../cloudfunctions/_lib/runtime/cloud'
import type { Caller, Deps } from '../../../cloudfunctions/_lib/runtime/deps'
import { keysFromEnv } from '../../../cloudfunctions/_lib/runtime/keys'
import { memoryLogger } from '../../../cloudfunctions/_lib/runtime/log'
import { seedDemo } from '../../../scripts/host/demo'
import { createCollections } from '../../../scripts/cloudbase-init'
import { median } from '../stats'
import { startCloudbaseFake, type CloudbaseFake } from '../../../tests/support/cloudbase-fake'

/** Tuesday 2026-03-10 10:00 in Shanghai, the request clock of every call (a working day, deadlines ahead). */
export const NOW = new Date('2026-03-10T10:00:00+08:00')

export type RoundTripHarness = {
  fake: CloudbaseFake
  /** The warm instance of a deployed function. */
  deps(fn: string): Deps
  log: ReturnType<typeof memoryLogger>
  /** A setup call (not counted): the reply's data, or a thrown error naming the failure. */
  call(fn: string, openid: string | null, action: string, input?: Record<string, unknown>): Promise<any>
  /** The raw envelope of one call. */
  invoke(fn: string, openid: string | null, action: string, input?: Record<string, unknown>): Promise<any>
  close(): Promise<void>
}

const callerOf = (openid: string | null): Caller => (openid ? { kind: 'user', openid } : { kind: 'none' })

export async function openRoundTripHarness(): Promise<RoundTripHarness> {
  const fake = await startCloudbaseFake()
  await createCollections(fake.app)
  const env = Object.fromEntries(
    ['UNION_DATA_KEY', 'UNION_HASH_KEY', 'UNION_CARD_SIGNING_KEY'].map((n) => [n, randomBytes(32).toString('hex')]),
  )
  const log = memoryLogger()
  const instances = new Map<string, Deps>()
  const deps = (fn: string): Deps => {
    let d = instances.get(fn)
    if (!d) {
      // As cloudMain: only the card function holds the card signing key.
      d = { ...cloudDepsOn(fake.app, keysFromEnv(env, { card: fn === 'card' }), env), log }
      instances.set(fn, d)
    }
    return d
  }
  await seedDemo(deps('directory').store)
  const invoke: RoundTripHarness['invoke'] = (fn, openid, action, input = {}) =>
    FUNCTIONS[fn].invoke({ action, ...input }, callerOf(openid), deps(fn), NOW)
  return {
    fake,
    deps,
    log,
    invoke,
    async call(fn, openid, action, input) {
      const out = await invoke(fn, openid, action, input)
      if (!out.ok) throw new Error(`setup ${fn}.${action} failed: ${out.error.code} ${out.error.message ?? ''} ${lastError(log)}`)
      return out.data
    },
    close: () => fake.close(),
  }
}

export function lastError(log: RoundTripHarness['log']): string {
  const e = log.entries.filter((x) => x.level === 'error').at(-1)
  return e ? JSON.stringify(e) : ''
}

/** A measured call: who calls, and the input, prepared by uncounted setup calls. */
export type Scenario = {
  caller: string | null
  setup(h: RoundTripHarness): Promise<Record<string, unknown>>
}

/** What one request was: `getDocument grievances`, `storage.getUploadMetadata`, `cos.PUT`. */
export type CallMeasure = { requests: string[]; ms: number }

function label(action: string, body: Record<string, unknown> | undefined): string {
  return action.startsWith('database.') && body?.collectionName ? `${action.slice('database.'.length)} ${String(body.collectionName)}` : action
}

/** Runs one prepared call with the hook on; throws unless the reply is `ok` (a failure path is not the action). */
export async function measureCall(h: RoundTripHarness, key: string, s: Scenario, delayMs: number): Promise<CallMeasure> {
  const [fn, action] = key.split('.')
  const input = await s.setup(h)
  const requests: string[] = []
  h.fake.hooks.onRequest = (sent, body) => requests.push(label(sent, body))
  h.fake.hooks.delayMs = delayMs
  const started = performance.now()
  try {
    const out = await h.invoke(fn, s.caller, action, input)
    const ms = performance.now() - started
    // A request still in flight after the reply would be a bug (a frozen container never sends it): let it land.
    await new Promise((resolve) => setTimeout(resolve, 5))
    if (!out.ok) throw new Error(`${key} failed: ${out.error.code} ${out.error.message ?? ''} ${lastError(h.log)}`)
    return { requests, ms }
  } finally {
    h.fake.hooks.onRequest = undefined
    h.fake.hooks.delayMs = 0
  }
}

export type ActionMeasure = {
  /** Requests of the measured calls (the most of any sample: they agree unless a cache expired mid-run). */
  count: number
  /** The requests of the sample that sent the most, in order (`getDocument grievances`, `cos.PUT`, …). */
  requests: string[]
  /** Median wall time of the measured calls, with `delayMs` added to every request. */
  p50Ms: number
}

/**
 * Warm instance: each action runs once unmeasured, then `samples` times measured, each with a fresh setup
 * (issue 10: "run each action twice and count the second call"). Every deployed function keeps its one
 * container (deps) for the whole run, so per-container caches are as a warm container holds them.
 */
export async function measureActions(
  h: RoundTripHarness,
  scenarios: Record<string, Scenario>,
  opts: { samples: number; delayMs: number },
): Promise<Record<string, ActionMeasure>> {
  const out: Record<string, ActionMeasure> = {}
  for (const [key, s] of Object.entries(scenarios)) {
    await measureCall(h, key, s, 0)
    const runs: CallMeasure[] = []
    for (let i = 0; i < opts.samples; i++) runs.push(await measureCall(h, key, s, opts.delayMs))
    const most = runs.reduce((a, b) => (b.requests.length > a.requests.length ? b : a))
    out[key] = { count: most.requests.length, requests: most.requests, p50Ms: median(runs.map((r) => r.ms)) }
  }
  return out
}
