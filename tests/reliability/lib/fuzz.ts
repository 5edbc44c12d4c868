/**
 * The fuzz proof, shared by tests/reliability/fuzz.test.ts (60 inputs per action) and
 * scripts/reliability.ts (10,000): the real host over HTTP on a fresh SQLite file with the demo directory, one
 * request at a time so every refused call is checked for commits and rows. Found: INTERNAL answers (or a 5xx, a
 * non-JSON reply, a timeout), refused calls that committed, and keys that reached Object.prototype.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FUNCTIONS } from '../../../cloudfunctions/registry'
import type { Logger } from '../../../cloudfunctions/_lib/runtime/deps'
import type { Store } from '../../../cloudfunctions/_lib/store/port'
import { startHost } from '../../../scripts/host/server'
import { seededRandom, type Random } from '../../../scripts/lib/random'
import { postRaw, type Who } from './client'
import { fuzzBody } from './mutate'
import { watchRows } from './rows'
import { isBookkeeping, spyOnWrites } from './spy'
import type { Schema } from './schema'
import { withRequired } from './schema'
import { EXAMPLES, LAST, OTHER_ROLES, caller, makeWorld, type Role, type World } from './world'

export type Finding = { action: string; label: string; who: string; answer: string; body: string; log?: string }
export type ActionResult = {
  action: string
  role: Role
  source: 'example' | 'schema'
  inputs: number
  ok: number
  /** INTERNAL answers, and replies that are no envelope at all (a 5xx, non-JSON, none: a reset or a timeout). */
  internal: number
  refusedCommits: number
  refusedRows: number
  /** Refused calls that committed only the bookkeeping of an attempt (quota counters, failed-guess audit). */
  bookkeepingCommits: number
  bookkeepingRows: number
  /** Answers that were not INTERNAL but logged an error on the host. */
  errorsLogged: number
  codes: Record<string, number>
  maxMs: number
  seconds: number
}
export type FuzzReport = {
  seed: number
  perAction: number
  actions: ActionResult[]
  findings: Finding[]
  prototypeClean: boolean
  seconds: number
}

export type FuzzOptions = {
  seed: number
  perAction: number
  only?: (action: string) => boolean
  progress?: (r: ActionResult) => void
  /** Breaks the host's store once the world is made: the detectors' own test (detectors.test.ts) uses it. */
  sabotage?: (store: Store) => void
}

/** Where the bookkeeping of an attempt lands (spy.ts). */
const BOOKKEEPING_TABLES = ['quota', 'audit']

const protoKeys = () => Object.getOwnPropertyNames(Object.prototype).sort().join(',')

/** `fn.action` keys of every registered action, state-changing admin actions last. */
export function fuzzOrder(): string[] {
  const keys = Object.values(FUNCTIONS).flatMap((fn) => Object.keys(fn.actions).map((a) => `${fn.name}.${a}`))
  return [...keys.filter((k) => !LAST.includes(k)), ...LAST.filter((k) => keys.includes(k))]
}

const whoLabel = (w: Who) => (typeof w === 'string' ? w : w.openid)
const clip = (s: string, n = 300) => (s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s)

export async function runFuzz(opts: FuzzOptions): Promise<FuzzReport> {
  const started = Date.now()
  const dir = mkdtempSync(join(tmpdir(), 'union-reliability-'))
  // Errors only: info lines (the log sender's "would send") are not kept over hundreds of thousands of calls.
  const errors: string[] = []
  const log: Logger = { info() {}, error: (message, fields) => void errors.push(`${message} ${JSON.stringify(fields)}`.slice(0, 2000)) }
  const dbPath = join(dir, 'union.db')
  const host = await startHost({ port: 0, dbPath, dataDir: dir, dev: true, demo: true, timers: false, log, dailyReportLimit: 50 })
  const protoBefore = protoKeys()
  const rows = watchRows(dbPath)
  const writes = spyOnWrites(host.deps.store)
  const findings: Finding[] = []
  const actions: ActionResult[] = []
  try {
    const world = await makeWorld(host.url, opts.seed.toString(36)).catch((err: Error) => {
      throw new Error(`${err.message}\n${errors.join('\n')}`)
    })
    opts.sabotage?.(host.deps.store)
    for (const key of fuzzOrder().filter((k) => !opts.only || opts.only(k))) {
      const result = await fuzzAction(key, world, seededRandom(opts.seed ^ hash(key)))
      actions.push(result)
      opts.progress?.(result)
    }
  } finally {
    rows.close()
    await host.close()
    rmSync(dir, { recursive: true, force: true })
  }
  const prototypeClean = protoKeys() === protoBefore && ({} as Record<string, unknown>).polluted === undefined
  return { seed: opts.seed, perAction: opts.perAction, actions, findings, prototypeClean, seconds: (Date.now() - started) / 1000 }

  async function fuzzAction(key: string, world: World, rnd: Random): Promise<ActionResult> {
    const [fnName, actionName] = key.split('.')
    const schema = FUNCTIONS[fnName].actions[actionName].input as unknown as Schema
    const ex = EXAMPLES[key]
    const role: Role = ex?.role ?? 'anyone'
    const r: ActionResult = {
      action: key, role, source: ex ? 'example' : 'schema', inputs: 0, ok: 0, internal: 0, refusedCommits: 0, refusedRows: 0, bookkeepingCommits: 0, bookkeepingRows: 0, errorsLogged: 0,
      codes: {}, maxMs: 0, seconds: 0,
    }
    const t0 = Date.now()
    let kept = 0 // findings kept per action (all are counted)
    for (let i = 0; i < opts.perAction; i++) {
      const example = withRequired(schema, ex ? ex.input(world, rnd) : {}, rnd)
      const body = fuzzBody(actionName, example, schema, rnd)
      const who = caller(rnd.chance(0.85) ? role : rnd.pick(OTHER_ROLES), rnd)
      rows.before()
      writes.take()
      const logged = errors.length
      const sentAt = Date.now()
      const answer = await postRaw(host.url, fnName, body.text, who).catch((err: Error) => ({ status: 0, body: undefined, raw: String(err) }))
      r.maxMs = Math.max(r.maxMs, Date.now() - sentAt)
      r.inputs++
      const code: string = answer.body?.ok === true ? 'ok' : answer.body?.error?.code ?? `http ${answer.status}`
      r.codes[code] = (r.codes[code] ?? 0) + 1
      const broken = code === 'INTERNAL' || answer.body === undefined || answer.status >= 500 || answer.status === 0
      const report = (what: string) => ++kept <= 10 && findings.push({
        action: key, label: body.label, who: whoLabel(who), answer: clip(`${what}: ${answer.raw}`), body: clip(body.text),
        log: errors.slice(logged).join('\n').slice(0, 2000) || undefined,
      })
      if (errors.length > logged && !broken) {
        r.errorsLogged++
        report('error logged')
      }
      if (code === 'ok') {
        r.ok++
        continue
      }
      if (broken) {
        r.internal++
        report(code === 'INTERNAL' ? 'INTERNAL' : answer.status === 0 ? 'NO ANSWER' : 'BAD ANSWER')
      }
      const wrote = rows.after()
      const made = writes.take()
      if (wrote && made.every(isBookkeeping) && Object.keys(wrote.changed).every((table) => BOOKKEEPING_TABLES.includes(table))) {
        r.bookkeepingCommits++
        r.bookkeepingRows += wrote.rows
      } else if (wrote) {
        r.refusedCommits++
        r.refusedRows += wrote.rows
        report(`refused call committed: rows ${JSON.stringify(wrote.changed)}, writes ${made.join(' ')}`)
      }
    }
    r.seconds = (Date.now() - t0) / 1000
    return r
  }
}

function hash(s: string): number {
  let h = 2166136261
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619)
  return h >>> 0
}
