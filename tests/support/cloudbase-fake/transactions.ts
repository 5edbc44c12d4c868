/**
 * Transactions of the fake. What @cloudbase/database 1.4.3 (loaded by node-sdk 3.18.3;
 * src/transaction/index.ts, collection.ts, document.ts) sends: `database.startTransaction` (the reply's
 * `transactionId` is read at the top level, not under `data`), then the ordinary document actions with a
 * `transactionId` param — `doc(id).get()` getDocument, `add(doc)` insertDocument, `doc(id).set/update`
 * modifyDocument, `doc(id).remove/delete` removeDocument — and `database.commitTransaction` /
 * `database.abortTransaction` with `{ transactionId }`. The older `database.getInTransaction` /
 * `updateDocInTransaction` / `deleteDocInTransaction` are in src/transaction.ts, which nothing imports.
 *
 * Semantics (docs/cloudbase.md, "Transactions"):
 * - single-document operations by `_id` only (the platform's "单记录操作"): a where-query, an insert of several
 *   documents, a count or an updateAndReturn inside a transaction is refused (FAKE_NOT_SINGLE_DOCUMENT);
 * - a read sees the transaction's own writes, else the document as it was when the transaction started (a
 *   snapshot: documents changed since are read from the pre-image kept for it, see `willChange`);
 * - a write is buffered and locks the document and its unique-index keys: another transaction writing either
 *   fails at once with DATABASE_TRANSACTION_CONFLICT (the documented "事务锁"), and so does a write to a
 *   document changed since the snapshot (MongoDB's WriteConflict);
 * - commit fails with DATABASE_TRANSACTION_CONFLICT when a document the transaction read or wrote was changed
 *   since it first touched it, with DATABASE_DUPLICATE_WRITE when a unique index would clash; either way nothing
 *   is applied. Otherwise every write applies at once;
 * - any error ends the transaction (as in MongoDB); abort discards; a call on an ended transaction answers
 *   DATABASE_TRANSACTION_FAIL (a code chosen here: the service's is not documented).
 */
import { decode, encode } from './ejson'
import { duplicateWrite, ServiceError } from './errors'

export type Doc = Record<string, unknown> & { _id: string }
type Body = Record<string, unknown>
/** A buffered write: the document as it will be stored, or null for a removal. */
export type TxWrite = { collection: string; id: string; doc: Doc | null }

/** What the transactions need from the committed store (FakeDatabase). */
export interface TxStore {
  /** The committed document or null; DATABASE_COLLECTION_NOT_EXIST for a missing collection. */
  committed(collection: string, id: string): Doc | null
  /** A stamp bumped by every committed write or removal of that document (0: never written). */
  version(collection: string, id: string): number
  docs(collection: string): Iterable<Doc>
  /** The DATABASE_DUPLICATE_WRITE that storing `doc` among `others` would raise, or null. */
  clash(collection: string, doc: Doc, others: () => Iterable<Doc>): ServiceError | null
  /** One entry per unique index of the collection: what a pending write of `doc` locks. */
  uniqueKeys(collection: string, doc: Doc): string[]
  /** `current` after the update (`merge`: operators) or the replacement. */
  applied(current: Doc, data: Record<string, unknown>, merge: boolean): Doc
  /** Applies every write at once (no checks: the commit made them). */
  apply(writes: TxWrite[]): void
}

type Touch = { collection: string; id: string; version: number; snapshot: Doc | null }
/** `preimages`: documents changed since the transaction started and not touched by it, as they were. */
type Tx = { touched: Map<string, Touch>; preimages: Map<string, Touch>; writes: Map<string, TxWrite> }

const START = 'database.startTransaction'
const COMMIT = 'database.commitTransaction'
const ABORT = 'database.abortTransaction'
export const TRANSACTION_CONTROL = new Set([START, COMMIT, ABORT])
/** Multi-document actions: the SDK would send them with a transactionId, the platform does not allow them. */
const NOT_SINGLE = new Set(['database.calculateDocument', 'database.modifyAndReturnDoc'])

const keyOf = (collection: string, id: string) => `${collection}\u0000${id}`
const conflict = () => new ServiceError('DATABASE_TRANSACTION_CONFLICT', 'database transaction conflict')
const notSingle = (what: string) =>
  new ServiceError('FAKE_NOT_SINGLE_DOCUMENT', `only single-document operations by _id are allowed in a transaction (${what})`)

export class FakeTransactions {
  private open = new Map<string, Tx>()
  private started = 0

  constructor(private readonly store: TxStore) {}

  /** Ends every open transaction without applying it: what the service does when their lifetime runs out. */
  expire(): void {
    this.open.clear()
  }

  count(): number {
    return this.open.size
  }

  /** Called before any committed write or removal of the document: open transactions keep what they would have read. */
  willChange(collection: string, id: string): void {
    const key = keyOf(collection, id)
    for (const tx of this.open.values()) {
      if (tx.touched.has(key) || tx.preimages.has(key)) continue
      tx.preimages.set(key, { collection, id, version: this.store.version(collection, id), snapshot: this.store.committed(collection, id) })
    }
  }

  handle(action: string, body: Body): Record<string, unknown> {
    if (action === START) {
      const transactionId = `fake-tx-${++this.started}`
      this.open.set(transactionId, { touched: new Map(), preimages: new Map(), writes: new Map() })
      return { transactionId }
    }
    const id = String(body.transactionId)
    if (action === ABORT) {
      this.open.delete(id)
      return {}
    }
    const tx = this.open.get(id)
    if (!tx) throw new ServiceError('DATABASE_TRANSACTION_FAIL', `transaction ${id} is not active (committed, aborted or expired)`)
    try {
      switch (action) {
        case COMMIT:
          this.commit(tx)
          this.open.delete(id)
          return {}
        case 'database.getDocument': {
          const doc = this.visible(tx, ...this.target(body))
          return { list: doc ? [encode(doc)] : [], limit: 1, offset: 0 }
        }
        case 'database.insertDocument':
          return this.insert(tx, body)
        case 'database.modifyDocument':
          return this.modify(tx, body)
        case 'database.removeDocument':
          return this.remove(tx, body)
        default:
          throw NOT_SINGLE.has(action) ? notSingle(action) : new ServiceError('FAKE_UNSUPPORTED_ACTION', `the CloudBase fake does not emulate ${action}`)
      }
    } catch (error) {
      this.open.delete(id)
      throw error
    }
  }

  /** `[collection, _id]` of a `doc(id)` request; anything else is not a single-document operation. */
  private target(body: Body): [string, string] {
    if (body.queryType !== 'DOC') throw notSingle('a where-query')
    const query = decode<Record<string, unknown>>(body.query) ?? {}
    const keys = Object.keys(query)
    if (keys.length !== 1 || keys[0] !== '_id' || typeof query._id !== 'string') throw notSingle('not a doc(id) request')
    return [String(body.collectionName), query._id]
  }

  private touch(tx: Tx, collection: string, id: string): Touch {
    const key = keyOf(collection, id)
    let seen = tx.touched.get(key)
    if (!seen) {
      seen = tx.preimages.get(key) ?? { collection, id, version: this.store.version(collection, id), snapshot: this.store.committed(collection, id) }
      tx.touched.set(key, seen)
    }
    return seen
  }

  private visible(tx: Tx, collection: string, id: string): Doc | null {
    const pending = tx.writes.get(keyOf(collection, id))
    return pending ? pending.doc : this.touch(tx, collection, id).snapshot
  }

  /** The collection as this transaction would leave it: committed documents it does not replace, then its own. */
  private view(tx: Tx, collection: string): () => Iterable<Doc> {
    const store = this.store
    return function* () {
      for (const doc of store.docs(collection)) if (!tx.writes.has(keyOf(collection, doc._id))) yield doc
      for (const w of tx.writes.values()) if (w.collection === collection && w.doc) yield w.doc
    }
  }

  /** Buffers a write after the lock and unique-index checks. */
  private stage(tx: Tx, collection: string, id: string, doc: Doc | null): void {
    if (this.touch(tx, collection, id).version !== this.store.version(collection, id)) throw conflict()
    const key = keyOf(collection, id)
    const locks = doc ? this.store.uniqueKeys(collection, doc) : []
    for (const other of this.open.values()) {
      if (other === tx) continue
      if (other.writes.has(key)) throw conflict()
      for (const w of other.writes.values()) {
        if (w.collection === collection && w.doc && this.store.uniqueKeys(collection, w.doc).some((k) => locks.includes(k))) throw conflict()
      }
    }
    if (doc) {
      const clash = this.store.clash(collection, doc, this.view(tx, collection))
      if (clash) throw clash
    }
    tx.writes.set(key, { collection, id, doc })
  }

  private insert(tx: Tx, body: Body) {
    const data = body.data
    if (!Array.isArray(data) || data.length !== 1) throw notSingle('an insert of several documents')
    const doc = decode<Doc>(data[0])
    const collection = String(body.collectionName)
    const id = doc._id === undefined ? Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16)).join('') : String(doc._id)
    if (this.visible(tx, collection, id)) throw duplicateWrite('_id', { _id: id })
    this.stage(tx, collection, id, { ...doc, _id: id })
    return { insertedIds: [id] }
  }

  private modify(tx: Tx, body: Body) {
    const [collection, id] = this.target(body)
    const current = this.visible(tx, collection, id)
    if (!current && body.upsert !== true) return { updated: 0, matched: 0 }
    const next = this.store.applied(current ?? { _id: id }, decode<Record<string, unknown>>(body.data), body.merge === true)
    if (current && encode(next) === encode(current)) return { updated: 0, matched: 1 }
    this.stage(tx, collection, id, next)
    return current ? { updated: 1, matched: 1 } : { updated: 0, matched: 0, upsert_id: id }
  }

  private remove(tx: Tx, body: Body) {
    const [collection, id] = this.target(body)
    if (!this.visible(tx, collection, id)) return { deleted: 0 }
    this.stage(tx, collection, id, null)
    return { deleted: 1 }
  }

  private commit(tx: Tx): void {
    for (const seen of tx.touched.values()) {
      if (this.store.version(seen.collection, seen.id) !== seen.version) throw conflict()
    }
    const writes = [...tx.writes.values()]
    for (const w of writes) {
      const clash = w.doc && this.store.clash(w.collection, w.doc, this.view(tx, w.collection))
      if (clash) throw clash
    }
    this.store.apply(writes)
  }
}
