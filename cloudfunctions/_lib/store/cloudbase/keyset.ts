/**
 * Keyset pages ordered by (key, _id) for CloudBase, the composite counterpart of db.ts's
 * `keysetPage`. The cursor `${key}|${id}` (../cursor.ts) becomes
 * `key >= k AND (key > k OR _id > id)`: the same set as `(key, _id) > (k, id)`, written so the
 * `key >= k` bound can seek an index on (…, key, _id) while the `$or` only filters.
 */
import { parseCursor } from '../cursor'
import type { Db, Doc } from './db'

export type Where = Record<string, unknown>

/** The condition "strictly after the cursor", or null on the first page. */
export function afterCursor(db: Db, key: string, after: string | undefined): Where | null {
  if (after === undefined) return null
  const _ = db.command
  const cursor = parseCursor(after)
  return _.and([{ [key]: _.gte(cursor.key) }, _.or([{ [key]: _.gt(cursor.key) }, { _id: _.gt(cursor.id) }])]) as unknown as Where
}

/** `where` AND every extra condition (nulls skipped): a plain object when there is nothing to add. */
export function allOf(db: Db, where: Where, ...more: Array<Where | null>): Where {
  const extra = more.filter((m): m is Where => m !== null)
  return extra.length === 0 ? where : (db.command.and([where, ...extra]) as unknown as Where)
}

/** One page of `where`, ordered by (key asc, _id asc), strictly after `after`; `fields` a projection, if any. */
export async function compositePage(
  db: Db,
  collection: string,
  where: Where,
  key: string,
  after: string | undefined,
  limit: number,
  fields?: Record<string, boolean>,
): Promise<Doc[]> {
  const query = db
    .collection(collection)
    .where(allOf(db, where, afterCursor(db, key, after)))
    .orderBy(key, 'asc')
    .orderBy('_id', 'asc')
  const res = await (fields ? query.field(fields) : query).limit(limit).get()
  return res.data as Doc[]
}
