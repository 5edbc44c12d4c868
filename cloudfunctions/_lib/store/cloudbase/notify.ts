import type { MarkStore, OutboxMessage, OutboxStore, Subscription, SubscriptionStore } from '../port'
import { compositeCursor } from '../cursor'
import { clampLimit, getDoc, isDuplicateWrite, pageOf, type Db, type Doc } from './db'
import { compositePage } from './keyset'

const SUBSCRIPTION_KEYS = ['recipientKey', 'kind', 'templateId', 'openidEnc', 'remaining', 'updatedAt', 'version'] as const
const OUTBOX_KEYS = [
  'subscriptionId', 'openidEnc', 'templateId', 'page', 'data', 'state', 'attempts', 'nextAt', 'createdAt', 'updatedAt', 'lastError', 'version',
] as const
/** What `update` writes: the delivery state. The rest of a message never changes. */
const DELIVERY_KEYS = ['state', 'attempts', 'nextAt', 'updatedAt', 'lastError', 'version'] as const

function pick(source: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, source[k] ?? null]))
}

const toSubscription = (d: Doc): Subscription => ({ id: d._id, ...pick(d, SUBSCRIPTION_KEYS) }) as Subscription
const toMessage = (d: Doc): OutboxMessage => ({ id: d._id, ...pick(d, OUTBOX_KEYS) }) as OutboxMessage

/** `_id` is the subscription id (a keyed hash). */
export function cloudbaseSubscriptions(db: Db): SubscriptionStore {
  const subscriptions = () => db.collection('subscriptions')
  return {
    async listByRecipient(recipientKey) {
      const res = await subscriptions().where({ recipientKey }).orderBy('_id', 'asc').limit(100).get()
      return (res.data as Doc[]).map(toSubscription)
    },
    async get(id) {
      const doc = await getDoc(db, 'subscriptions', id)
      return doc ? toSubscription(doc) : null
    },
    async put(s) {
      const fields = pick(s, SUBSCRIPTION_KEYS)
      if (s.version === 1) {
        try {
          await subscriptions().add({ _id: s.id, ...fields })
          return true
        } catch (error) {
          if (isDuplicateWrite(error)) return false // someone created it first: the caller re-reads
          throw error
        }
      }
      // One conditional single-document update: of two writers holding the same version, exactly one matches.
      const res = await subscriptions().where({ _id: s.id, version: s.version - 1 }).update(fields)
      return res.updated === 1
    },
  }
}

/** `_id` is the message id (time-ordered). */
export function cloudbaseOutbox(db: Db): OutboxStore {
  const _ = db.command
  const outbox = () => db.collection('outbox')
  return {
    async add(m) {
      await outbox().add({ _id: m.id, ...pick(m, OUTBOX_KEYS) })
    },
    async get(id) {
      const doc = await getDoc(db, 'outbox', id)
      return doc ? toMessage(doc) : null
    },
    async listDue(now, after, limit) {
      const size = clampLimit(limit)
      // `lte` on a string matches strings only: sent and abandoned messages (nextAt null) are outside the range.
      const docs = await compositePage(db, 'outbox', { nextAt: _.lte(now) }, 'nextAt', after, size)
      return pageOf(docs.map(toMessage), size, (m) => compositeCursor(m.nextAt ?? '', m.id))
    },
    async update(m) {
      const res = await outbox().where({ _id: m.id, version: m.version - 1 }).update(pick(m, DELIVERY_KEYS))
      return res.updated === 1
    },
  }
}

/** Both notify stores, spread into the Store by index.ts. */
/** `_id` is the mark's name. Version 1 is an insert (a clash: someone else wrote it first); later ones a conditional update. */
export function cloudbaseMarks(db: Db): MarkStore {
  const marks = () => db.collection('marks')
  return {
    async get(name) {
      const doc = await getDoc(db, 'marks', name)
      return doc ? { name, value: doc.value as string, version: doc.version as number } : null
    },
    async put(m) {
      if (m.version > 1) return (await marks().where({ _id: m.name, version: m.version - 1 }).update({ value: m.value, version: m.version })).updated === 1
      try {
        await marks().add({ _id: m.name, value: m.value, version: 1 })
        return true
      } catch (error) {
        if (isDuplicateWrite(error)) return false
        throw error
      }
    },
  }
}

/** The notify stores, spread into the Store by index.ts. */
export const cloudbaseNotify = (db: Db) => ({ subscriptions: cloudbaseSubscriptions(db), outbox: cloudbaseOutbox(db), marks: cloudbaseMarks(db) })
