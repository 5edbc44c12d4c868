/**
 * Multi-document atomic writes on CloudBase: `db.runTransaction` (@cloudbase/database src/transaction/index.ts).
 * Inside, only single-document operations by `_id` (docs/cloudbase.md, "Transactions"): `tx.collection(c)
 * .doc(id).get/set/update/remove()` and `tx.collection(c).add(oneDoc)`, each one request, in sequence. Never
 * call `where(…).update/remove/count` on `tx`: the SDK sends those WITHOUT the transaction id, so they would
 * apply at once and survive a rollback.
 *
 * A conflict (DATABASE_TRANSACTION_CONFLICT: another transaction holds a document, or one this transaction
 * touched changed since its snapshot) re-runs `work` — which must therefore be safe to repeat — up to
 * TX_ATTEMPTS runs in all; then the caller gets AppError('CONFLICT'). Any other error rolls the transaction
 * back and is rethrown as it is; `Refused` rolls it back and returns its value.
 */
import { AppError } from '../../runtime/result'
import type { Db, Doc } from './db'

/** The SDK's Transaction (its typings give `startTransaction` as `any`): collections like `db`'s. */
export type Tx = { collection: Db['collection'] }
type SdkTransaction = Tx & { commit(): Promise<unknown>; rollback(reason?: unknown): Promise<unknown> }

/** Runs of a conflicted transaction in all: the first and two re-runs. */
export const TX_ATTEMPTS = 3

export function isTransactionConflict(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'DATABASE_TRANSACTION_CONFLICT'
}

/** Thrown inside `work`: the transaction is rolled back (nothing written) and `transact` returns `value`. */
export class Refused<T> extends Error {
  constructor(readonly value: T) {
    super('refused')
  }
}

/**
 * Not the SDK's `runTransaction`: that re-runs a conflicted transaction at once, while the transaction holding
 * the lock is still running (a few requests from its commit), so every re-run conflicts again. Here a re-run
 * waits 20–40 ms, then 40–60 ms, and starts a new transaction (a new snapshot) only then.
 */
export async function transact<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let run = 1; ; run++) {
    const tx = (await db.startTransaction()) as SdkTransaction
    try {
      const value = await work(tx)
      await tx.commit()
      return value
    } catch (error) {
      // Frees its locks now rather than at the end of its lifetime; it may be over already (a failed commit).
      await tx.rollback().catch(() => undefined)
      if (error instanceof Refused) return error.value as T
      if (!isTransactionConflict(error)) throw error
      if (run >= TX_ATTEMPTS) throw new AppError('CONFLICT')
    }
    await new Promise((resolve) => setTimeout(resolve, 20 * run + Math.random() * 20))
  }
}

/** Inside a transaction the SDK answers `doc(id).get()` with the document itself or null, not a list. */
export async function txGet(tx: Tx, collection: string, id: string): Promise<Doc | null> {
  const res = await tx.collection(collection).doc(id).get()
  return (res.data ?? null) as Doc | null
}
