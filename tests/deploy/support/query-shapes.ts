/**
 * What the CloudBase adapter asks the database, read back from the requests the real SDK sent to the fake
 * (`fake.requests`): per query its collection, the fields it pins by equality, the fields it bounds (ranges,
 * anchored prefix regexes) and its sort. Conditions under `$or` only filter (the keyset cursor's tie-break),
 * so they ask nothing of an index.
 */
import { decode } from '../../support/cloudbase-fake/ejson'
import type { FakeRequest } from '../../support/cloudbase-fake'

export type QueryShape = {
  collection: string
  action: string
  /** `_id` pinned by equality or `$in`: served by the built-in `_id` index. */
  byId: boolean
  /**
   * Fields pinned by equality or `$in`. An `$in` of a few values serves like an equality: the server reads each
   * value's range of the index, already in the sort that follows, and merges them (no sort in memory).
   */
  equality: string[]
  /** The equality fields pinned by an `$in` of several values (a merged read): listed, not served differently. */
  anyOf: string[]
  /** Range operators and case-sensitive `^prefix` regexes: an index can seek them. */
  bounded: string[]
  sort: Array<[field: string, direction: 1 | -1]>
}

const EQUALITY_OPS = new Set(['$eq', '$in'])
const RANGE_OPS = new Set(['$gt', '$gte', '$lt', '$lte'])

type Fields = { equality: Set<string>; bounded: Set<string>; anyOf: Set<string> }

function isPrefixRegex(value: unknown): boolean {
  return value instanceof RegExp && value.source.startsWith('^') && !value.flags.includes('i')
}

function classify(field: string, value: unknown, into: Fields): void {
  if (value instanceof RegExp) {
    if (isPrefixRegex(value)) into.bounded.add(field)
    return
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)) {
    const ops = Object.keys(value)
    if (ops.some((op) => EQUALITY_OPS.has(op))) into.equality.add(field)
    const values = (value as Record<string, unknown>).$in
    if (Array.isArray(values) && values.length > 1) into.anyOf.add(field)
    else if (ops.some((op) => RANGE_OPS.has(op))) into.bounded.add(field)
    // Anything else ($ne, $nin, $exists…) filters the entries read: nothing to seek.
    return
  }
  into.equality.add(field)
}

function collect(query: Record<string, unknown>, into: Fields): void {
  for (const [key, value] of Object.entries(query)) {
    if (key === '$and') for (const part of value as Array<Record<string, unknown>>) collect(part, into)
    else if (!key.startsWith('$')) classify(key, value, into)
  }
}

/** The query's EJSON decoded: a `db.RegExp` arrives as a RegExp, the SDK's commands (`_.gt`, `_.in`…) as `$` operators. */
export function shapeOf(request: FakeRequest): QueryShape | null {
  const { action, body } = request
  const collection = typeof body.collectionName === 'string' ? body.collectionName : null
  if (!collection || body.query === undefined) return null
  const query = decode<Record<string, unknown>>(body.query) ?? {}
  const fields: Fields = { equality: new Set(), bounded: new Set(), anyOf: new Set() }
  collect(query, fields)
  const order = decode<Record<string, 1 | -1> | Array<{ field: string; direction: string }> | undefined>(body.order)
  const sort: QueryShape['sort'] = Array.isArray(order)
    ? order.map((o) => [o.field, o.direction === 'desc' ? -1 : 1])
    : Object.entries(order ?? {}).map(([f, d]) => [f, Number(d) < 0 ? -1 : 1])
  const byId = fields.equality.has('_id')
  fields.equality.delete('_id')
  for (const f of fields.equality) fields.bounded.delete(f)
  fields.anyOf.delete('_id')
  return { collection, action, byId, equality: [...fields.equality].sort(), anyOf: [...fields.anyOf].sort(), bounded: [...fields.bounded].sort(), sort }
}

export function describeShape(s: QueryShape): string {
  const sort = s.sort.map(([f, d]) => `${f} ${d === 1 ? 'asc' : 'desc'}`).join(', ')
  const equality = s.equality.map((f) => (s.anyOf.includes(f) ? `${f} in` : f))
  return `${s.collection}: where [${equality.join(', ')}]${s.bounded.length ? ` bounded [${s.bounded.join(', ')}]` : ''}${sort ? ` order by ${sort}` : ''} (${s.action})`
}
