/**
 * Whether an index in the deploy plan serves a query shape — the rule the index-coverage test holds the adapter to:
 * - a query by `_id` is served by the built-in `_id` index; so is one that pins every field of a unique index
 *   (it matches one document at most);
 * - otherwise the query's equality fields are the index's first keys (in any order), and its sort is the keys right
 *   after them (all in the index's direction, or all reversed), so a page is read in order, never sorted in memory;
 * - a query with no equality field must still seek: the index starts with a field it bounds (a range, a `^prefix`;
 *   a bound on `_id` is only a keyset cursor) or with its first sort field.
 * Fields a caller declares as "may filter" for a collection are left out of the equality fields when no index
 * covers them all (see ALLOWED_FILTERS in index-coverage.test.ts, each with its reason).
 */
import type { IndexSpec } from '../../../cloudfunctions/_lib/store/cloudbase/collections'
import type { QueryShape } from './query-shapes'

const ID_INDEX: IndexSpec = { name: '_id_', keys: [['_id', 1]], unique: true }

function serves(index: IndexSpec, shape: QueryShape, equality: readonly string[]): boolean {
  const fields = index.keys.map(([f]) => f)
  if (index.unique && fields.every((f) => shape.equality.includes(f))) return true
  const n = equality.length
  const head = new Set(fields.slice(0, n))
  if (fields.length < n || !equality.every((f) => head.has(f))) return false
  // Sorting on a field pinned by equality orders nothing.
  const sort = shape.sort.filter(([f]) => !shape.equality.includes(f))
  if (n === 0) {
    const seeks = (fields[0] !== '_id' && shape.bounded.includes(fields[0])) || (sort.length > 0 && sort[0][0] === fields[0])
    if (!seeks) return false
  }
  const rest = index.keys.slice(n)
  if (rest.length < sort.length) return false
  const agreement = sort.map(([f, d], j) => (rest[j][0] === f ? d * rest[j][1] : 0))
  return agreement.every((a) => a === 1) || agreement.every((a) => a === -1)
}

/** The name of an index that serves the shape (noting the fields left to filter), or null. */
export function servingIndex(shape: QueryShape, indexes: readonly IndexSpec[], mayFilter: readonly string[] = []): string | null {
  if (shape.byId) return '_id_'
  const all = [...indexes, ID_INDEX]
  const exact = all.find((i) => serves(i, shape, shape.equality))
  if (exact) return exact.name
  const filtered = shape.equality.filter((f) => mayFilter.includes(f))
  if (filtered.length === 0) return null
  const loose = all.find((i) => serves(i, shape, shape.equality.filter((f) => !filtered.includes(f))))
  return loose ? `${loose.name} (filtering ${filtered.join(', ')})` : null
}
