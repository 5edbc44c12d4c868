/**
 * Shared pieces of the CloudBase adapter: the SDK's database type, keyset paging under the
 * service's limits (a query returns at most 1,000 documents, 100 when no limit is given), and
 * bounded-concurrency writes of independent documents (writes that belong together go through a
 * transaction: transaction.ts).
 */
import type { CloudBase } from '@cloudbase/node-sdk'
import type { Page } from '../port'

export type Db = ReturnType<CloudBase['database']>
/** A stored document: `_id` is the domain id, the other fields are the record without it. */
export type Doc = { _id: string } & Record<string, unknown>

/** The most documents one query may return (the service's cap). */
export const MAX_QUERY = 1000
/** Writes in flight at once during a batch: enough to hide latency, few enough for the quota. */
export const WRITE_CONCURRENCY = 20

/** Every list clamps its page size to 1..100 (the port's rule, the same as the SQLite adapter). */
export function clampLimit(limit: number): number {
  return Math.min(100, Math.max(1, Math.floor(limit) || 1))
}

/** `next` is the last item's key when a full page came back, else null (no more items). */
export function pageOf<T>(items: T[], limit: number, key: (item: T) => string): Page<T> {
  return { items, next: items.length === limit && items.length > 0 ? key(items[items.length - 1]) : null }
}

/** One keyset page: `where` plus `_id > after`, ordered by `_id`. */
export async function keysetPage(
  db: Db,
  collection: string,
  where: Record<string, unknown>,
  after: string | undefined,
  limit: number,
): Promise<Doc[]> {
  const condition = after === undefined ? where : { ...where, _id: db.command.gt(after) }
  const res = await db.collection(collection).where(condition).orderBy('_id', 'asc').limit(limit).get()
  return res.data as Doc[]
}

/** Every matching document, read in keyset pages of 1,000: for small, whole sets only. */
export async function readAll(db: Db, collection: string, where: Record<string, unknown>): Promise<Doc[]> {
  const all: Doc[] = []
  let after: string | undefined
  for (;;) {
    const page = await keysetPage(db, collection, where, after, MAX_QUERY)
    all.push(...page)
    if (page.length < MAX_QUERY) return all
    after = page[page.length - 1]._id
  }
}

/** Splits `items` into arrays of at most `size`. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

/**
 * Runs the tasks `WRITE_CONCURRENCY` at a time, reporting after each group. A failure stops the
 * run after its group has settled (no write is left in flight) and is rethrown.
 */
export async function runBounded(tasks: Array<() => Promise<void>>, onProgress?: (done: number, total: number) => void) {
  let done = 0
  for (const group of chunks(tasks, WRITE_CONCURRENCY)) {
    const results = await Promise.allSettled(group.map((task) => task()))
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')
    if (failed) throw failed.reason
    done += group.length
    onProgress?.(done, tasks.length)
  }
}

/** The service's unique-index violation (`DATABASE_DUPLICATE_WRITE`, documented error code). */
export function isDuplicateWrite(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'DATABASE_DUPLICATE_WRITE'
}

/** Escapes a literal for a (PCRE) regular expression. */
export function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/** `set` replaces the whole document: the domain record minus its id. */
export async function putDoc(db: Db, collection: string, id: string, fields: Record<string, unknown>): Promise<void> {
  await db.collection(collection).doc(id).set(fields)
}

export async function getDoc(db: Db, collection: string, id: string): Promise<Doc | null> {
  const res = await db.collection(collection).doc(id).get()
  return ((res.data as Doc[])[0] ?? null) as Doc | null
}
