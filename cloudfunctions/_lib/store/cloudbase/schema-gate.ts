/**
 * A deployed function writes only once `npm run deploy` has verified the unique indexes the adapter relies on
 * (two cases never share a receipt, one member number per member, …): without them a race could write duplicates.
 *
 * A function cannot list indexes: @cloudbase/node-sdk has no index or table action, only the management API has
 * (@cloudbase/manager-node, a CAM key a function does not hold). So the deploy script, after it has created the
 * indexes and read them back, records their signatures in one document (`deploy_state/unique_indexes`); each warm
 * instance reads it once and, while a signature it needs is missing, refuses every write with SETUP_INCOMPLETE and
 * one log line naming what is missing (docs/decisions/0012-deploy-plan.md). Reads are never held back.
 */
import type { CloudBase } from '@cloudbase/node-sdk'
import { AppError } from '../../runtime/result'
import type { Logger } from '../../runtime/deps'
import { COLLECTIONS, type CollectionSpec, type IndexSpec } from './collections'
import { getDoc, type Db } from './db'

export const DEPLOY_STATE = 'deploy_state'
export const UNIQUE_INDEXES_DOC = 'unique_indexes'
/** A refused instance asks again after this long (a deploy may have finished meanwhile); a pass is kept for good. */
export const RECHECK_MS = 60_000

/** `memberships.uMemberNo_unique(uMemberNo:1)`: a changed key list or direction is a different signature. */
export function indexSignature(collection: string, index: IndexSpec): string {
  return `${collection}.${index.name}(${index.keys.map(([f, d]) => `${f}:${d}`).join(',')})`
}

export function uniqueIndexSignatures(collections: readonly CollectionSpec[] = COLLECTIONS): string[] {
  return collections.flatMap((c) => c.indexes.filter((i) => i.unique).map((i) => indexSignature(c.name, i)))
}

const notExist = (e: unknown) => (e as { code?: unknown } | null)?.code === 'DATABASE_COLLECTION_NOT_EXIST'

/** The required signatures the deploy has not recorded as verified. */
export async function missingUniqueIndexes(db: Db, required: readonly string[] = uniqueIndexSignatures()): Promise<string[]> {
  const doc = await getDoc(db, DEPLOY_STATE, UNIQUE_INDEXES_DOC).catch((e: unknown) => {
    if (notExist(e)) return null
    throw e
  })
  const recorded = new Set(Array.isArray(doc?.indexes) ? (doc.indexes as unknown[]) : [])
  return required.filter((s) => !recorded.has(s))
}

export const SETUP_INCOMPLETE = 'SETUP_INCOMPLETE'

type GateOptions = { log: Logger; now?: () => number; required?: readonly string[] }

/** Resolves when writes may go; throws AppError(SETUP_INCOMPLETE) while a required index is unverified. */
function writeGate(db: Db, { log, now = Date.now, required }: GateOptions): () => Promise<void> {
  let passed = false
  let refused: { until: number } | null = null
  let pending: Promise<void> | null = null
  const refusal = () => new AppError(SETUP_INCOMPLETE, '系统正在升级，暂时无法保存，请稍后再试')
  const check = async () => {
    const missing = await missingUniqueIndexes(db, required)
    if (missing.length === 0) {
      passed = true
      return
    }
    refused = { until: now() + RECHECK_MS }
    log.error('refusing writes: unique indexes not verified by `npm run deploy` (docs/cloudbase.md)', { missing })
  }
  const run = () => {
    // A failed read is not an answer: the next write asks again.
    pending ??= check().finally(() => {
      pending = null
    })
    return pending
  }
  return async () => {
    if (passed) return
    if (!refused || now() >= refused.until) await run()
    if (!passed) throw refusal()
  }
}

/** SDK methods that write (collection, query and document references alike). */
const WRITES = new Set(['add', 'set', 'update', 'remove', 'create', 'updateAndReturn'])
const TRANSACTIONS = new Set(['runTransaction', 'startTransaction'])

const isPlainResult = (v: unknown): v is object =>
  v !== null && typeof v === 'object' && typeof (v as { then?: unknown }).then !== 'function'

/** Wraps an SDK reference so that its write methods wait for the gate and whatever it returns stays wrapped. */
function guarded<T extends object>(target: T, gate: () => Promise<void>): T {
  return new Proxy(target, {
    get(t, prop) {
      const value: unknown = Reflect.get(t, prop, t)
      if (typeof value !== 'function' || typeof prop !== 'string') return value
      if (WRITES.has(prop)) return async (...args: unknown[]) => (await gate(), Reflect.apply(value, t, args))
      return (...args: unknown[]) => {
        const out: unknown = Reflect.apply(value, t, args)
        return isPlainResult(out) ? guarded(out, gate) : out
      }
    },
  })
}

/**
 * The app a deployed function uses: the same SDK, its writes held until the unique indexes are verified. The check
 * starts at once (a cold start) and runs once per instance; a refusal is asked again after RECHECK_MS.
 */
export function gateWrites(app: CloudBase, opts: GateOptions): CloudBase {
  const gate = writeGate(app.database(), opts)
  gate().catch(() => {}) // start now; the first write awaits the same answer
  const database = (...args: Parameters<CloudBase['database']>): Db => {
    const db = app.database(...args)
    return new Proxy(db, {
      get(t, prop) {
        const value: unknown = Reflect.get(t, prop, t)
        if (typeof value !== 'function') return value
        if (prop === 'collection') return (...a: unknown[]) => guarded(Reflect.apply(value, t, a) as object, gate)
        if (typeof prop === 'string' && TRANSACTIONS.has(prop)) return async (...a: unknown[]) => (await gate(), Reflect.apply(value, t, a))
        return value.bind(t)
      },
    })
  }
  return new Proxy(app, { get: (t, prop) => (prop === 'database' ? database : Reflect.get(t, prop, t)) })
}
