/**
 * The document-database half of the fake: collections in memory, queries, updates and projections
 * evaluated by mingo (a MongoDB query engine), the service's limits and error codes where the
 * adapter depends on them, and transactions (transactions.ts). Each handler takes the decoded request
 * body the SDK sent and returns the `data` part of the service's reply, or throws a ServiceError
 * (→ `{ code, message }`).
 */
import { find, Query, update } from 'mingo'
import { collectionSpec, type IndexSpec } from '../../../cloudfunctions/_lib/store/cloudbase/collections'
import { decode, encode } from './ejson'
import { duplicateWrite, ServiceError } from './errors'
import { FakeTransactions, TRANSACTION_CONTROL, type Doc, type TxStore, type TxWrite } from './transactions'

export { ServiceError }

type Collection = { name: string; docs: Map<string, Doc>; uniqueIndexes: IndexSpec[] }
type Body = Record<string, unknown>

/** Without `limit` the service returns 100 documents; it never returns more than 1,000. */
export const DEFAULT_LIMIT = 100
export const MAX_LIMIT = 1000

const newId = () => Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16)).join('')
const clone = <T>(value: T): T => structuredClone(value)

function valueAt(doc: Record<string, unknown>, path: string): unknown {
  let value: unknown = doc
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return null
    value = (value as Record<string, unknown>)[part]
  }
  return value === undefined ? null : value
}

/** An empty array's one index entry (MongoDB indexes `[]` as undefined, apart from null and missing). */
const EMPTY_ARRAY = { $fakeEmptyArray: true }

/**
 * The index entries of a document, as MongoDB makes them: one per combination of the fields' values, where an array
 * field contributes each of its elements (a multikey index). A unique index then refuses a document any of whose
 * entries another document holds; the same value twice in one document's array is not a clash.
 */
function indexKeys(doc: Doc, index: IndexSpec): string[] {
  let combos: unknown[][] = [[]]
  for (const [field] of index.keys) {
    const value = valueAt(doc, field)
    const values = Array.isArray(value) ? (value.length ? value : [EMPTY_ARRAY]) : [value]
    combos = combos.flatMap((combo) => values.map((v) => [...combo, v]))
  }
  return [...new Set(combos.map((combo) => encode(combo)))]
}

export class FakeDatabase implements TxStore {
  private collections = new Map<string, Collection>()
  /** Per `collection\0_id`: a stamp bumped by every committed write or removal (what a commit compares). */
  private versions = new Map<string, number>()
  private stamps = 0
  readonly transactions = new FakeTransactions(this)

  reset(): void {
    this.collections.clear()
    this.versions.clear()
    this.transactions.expire()
  }

  collectionNames(): string[] {
    return [...this.collections.keys()]
  }

  /** Unique indexes come from the shared list in collections.ts (see docs/cloudbase.md). */
  addCollection(name: string): void {
    if (this.collections.has(name)) {
      throw new ServiceError('DATABASE_COLLECTION_ALREADY_EXIST', `Table exist. collection ${name} already exists`)
    }
    const uniqueIndexes = (collectionSpec(name)?.indexes ?? []).filter((i) => i.unique)
    this.collections.set(name, { name, docs: new Map(), uniqueIndexes })
  }

  handle(action: string, body: Body): Record<string, unknown> {
    if (action === 'database.addCollection') {
      this.addCollection(String(body.collectionName))
      return {}
    }
    // Outside a transaction the SDK's `transactionId: undefined` is dropped by JSON: absent.
    if (TRANSACTION_CONTROL.has(action) || (body.transactionId !== undefined && body.transactionId !== null)) {
      return this.transactions.handle(action, body)
    }
    const coll = this.collection(String(body.collectionName))
    switch (action) {
      case 'database.getDocument':
        return this.get(coll, body)
      case 'database.calculateDocument':
        return { total: this.matching(coll, body).length }
      case 'database.insertDocument':
        return this.insert(coll, body)
      case 'database.modifyDocument':
        return this.modify(coll, body)
      case 'database.modifyAndReturnDoc':
        return this.modifyAndReturn(coll, body)
      case 'database.removeDocument':
        return this.remove(coll, body)
      default:
        throw new ServiceError('FAKE_UNSUPPORTED_ACTION', `the CloudBase fake does not emulate ${action}`)
    }
  }

  private collection(name: string): Collection {
    const coll = this.collections.get(name)
    if (!coll) throw new ServiceError('DATABASE_COLLECTION_NOT_EXIST', `Db or Table not exist: ${name}`)
    return coll
  }

  private matching(coll: Collection, body: Body): Doc[] {
    const query = new Query(decode<Record<string, unknown>>(body.query) ?? {}, { idKey: '_id' })
    return [...coll.docs.values()].filter((doc) => query.test(doc))
  }

  private get(coll: Collection, body: Body) {
    const requested = Number(body.limit) || DEFAULT_LIMIT
    const limit = Math.min(Math.max(requested, 1), MAX_LIMIT)
    const offset = Number(body.offset) || 0
    const order = decode<Record<string, 1 | -1> | undefined>(body.order)
    const projection = decode<Record<string, unknown> | undefined>(body.projection)
    let cursor = find(this.matching(coll, body), {}, projection && Object.keys(projection).length ? projection : undefined, {
      idKey: '_id',
    })
    if (order && Object.keys(order).length) cursor = cursor.sort(order)
    const list = (cursor.skip(offset).limit(limit).all() as Doc[]).map((doc) => encode(doc))
    return { list, limit, offset }
  }

  private insert(coll: Collection, body: Body) {
    const insertedIds: string[] = []
    // Ordered, like MongoDB's insertMany: documents before a failing one stay inserted.
    for (const text of body.data as string[]) {
      const doc = decode<Doc>(text)
      const id = doc._id === undefined ? newId() : String(doc._id)
      if (coll.docs.has(id)) throw duplicateWrite('_id', { _id: id })
      this.write(coll, { ...doc, _id: id })
      insertedIds.push(id)
    }
    return { insertedIds }
  }

  private modify(coll: Collection, body: Body) {
    const data = decode<Record<string, unknown>>(body.data)
    const targets = this.matching(coll, body)
    const chosen = body.multi ? targets : targets.slice(0, 1)
    let updated = 0
    for (const current of chosen) {
      const next = this.applied(current, data, body.merge === true)
      if (encode(next) === encode(current)) continue
      this.write(coll, next)
      updated++
    }
    if (targets.length === 0 && body.upsert === true) {
      const seed = this.equalities(decode<Record<string, unknown>>(body.query) ?? {})
      const id = seed._id === undefined ? newId() : String(seed._id)
      this.write(coll, this.applied({ ...seed, _id: id }, data, body.merge === true))
      return { updated: 0, matched: 0, upsert_id: id }
    }
    return { updated, matched: chosen.length }
  }

  /**
   * `where(q).updateAndReturn(d)`: one find-and-modify, atomic like every handler here (each runs to the
   * end before the next request is read). The first match is updated with operators ($set, $inc…) and
   * returned as it is after the update (EJSON), or `doc: null` when nothing matches (no upsert).
   */
  private modifyAndReturn(coll: Collection, body: Body) {
    const current = this.matching(coll, body)[0]
    if (!current) return { updated: 0, doc: null }
    const next = this.applied(current, decode<Record<string, unknown>>(body.data), true)
    const changed = encode(next) !== encode(current)
    if (changed) this.write(coll, next)
    return { updated: changed ? 1 : 0, doc: encode(next) }
  }

  /** `merge: true` carries update operators ($set…); `merge: false` a whole replacement document. */
  applied(current: Doc, data: Record<string, unknown>, merge: boolean): Doc {
    if (!merge) {
      if (Object.keys(data).some((k) => k.startsWith('$'))) {
        throw new ServiceError('DATABASE_REQUEST_FAILED', 'a replacement document cannot contain update operators')
      }
      return { ...clone(data), _id: current._id }
    }
    const next = clone(current)
    update(next, data)
    return next
  }

  /** The plain `field: value` conditions of a query: what an upsert starts from. */
  private equalities(query: Record<string, unknown>): Record<string, unknown> {
    return Object.fromEntries(
      Object.entries(query).filter(
        ([k, v]) => !k.startsWith('$') && !k.includes('.') && (v === null || typeof v !== 'object' || Array.isArray(v)),
      ),
    )
  }

  private remove(coll: Collection, body: Body) {
    const targets = this.matching(coll, body)
    const chosen = body.multi ? targets : targets.slice(0, 1)
    for (const doc of chosen) {
      this.transactions.willChange(coll.name, doc._id)
      coll.docs.delete(doc._id)
      this.stamp(coll.name, doc._id)
    }
    return { deleted: chosen.length }
  }

  /** Every write passes the collection's unique indexes first, as the service's storage does. */
  private write(coll: Collection, doc: Doc): void {
    const clash = this.clash(coll.name, doc, () => coll.docs.values())
    if (clash) throw clash
    this.transactions.willChange(coll.name, doc._id)
    coll.docs.set(doc._id, clone(doc))
    this.stamp(coll.name, doc._id)
  }

  private stamp(collection: string, id: string): void {
    this.versions.set(`${collection}\u0000${id}`, ++this.stamps)
  }

  // TxStore: what transactions.ts reads and commits through.

  committed(collection: string, id: string): Doc | null {
    const doc = this.collection(collection).docs.get(id)
    return doc ? clone(doc) : null
  }

  version(collection: string, id: string): number {
    return this.versions.get(`${collection}\u0000${id}`) ?? 0
  }

  docs(collection: string): Iterable<Doc> {
    return this.collection(collection).docs.values()
  }

  clash(collection: string, doc: Doc, others: () => Iterable<Doc>): ServiceError | null {
    for (const index of this.collection(collection).uniqueIndexes) {
      const keys = new Set(indexKeys(doc, index))
      for (const other of others()) {
        if (other._id !== doc._id && indexKeys(other, index).some((k) => keys.has(k))) {
          return duplicateWrite(index.name, Object.fromEntries(index.keys.map(([field]) => [field, valueAt(doc, field)])))
        }
      }
    }
    return null
  }

  uniqueKeys(collection: string, doc: Doc): string[] {
    return this.collection(collection).uniqueIndexes.flatMap((index) => indexKeys(doc, index).map((key) => `${index.name}\u0000${key}`))
  }

  apply(writes: TxWrite[]): void {
    for (const { collection, id, doc } of writes) {
      const docs = this.collection(collection).docs
      this.transactions.willChange(collection, id)
      if (doc) docs.set(id, clone(doc))
      else docs.delete(id)
      this.stamp(collection, id)
    }
  }
}
