import type Database from 'better-sqlite3'
import type { Mark, MarkStore, OutboxMessage, OutboxStore, Subscription, SubscriptionStore } from '../port'
import { compositeCursor, parseCursor } from '../cursor'
import { clampLimit, pageOf } from './page'

type SubscriptionRow = {
  id: string
  recipient_key: string
  kind: Subscription['kind']
  template_id: string
  openid_enc: string
  remaining: number
  updated_at: string
  version: number
}

type OutboxRow = {
  id: string
  subscription_id: string
  openid_enc: string
  template_id: string
  page: string
  data: string
  state: OutboxMessage['state']
  attempts: number
  next_at: string | null
  created_at: string
  updated_at: string
  last_error: string | null
  version: number
}

const toSubscription = (r: SubscriptionRow): Subscription => ({
  id: r.id, recipientKey: r.recipient_key, kind: r.kind, templateId: r.template_id, openidEnc: r.openid_enc,
  remaining: r.remaining, updatedAt: r.updated_at, version: r.version,
})
const fromSubscription = (s: Subscription) => ({
  id: s.id, recipient_key: s.recipientKey, kind: s.kind, template_id: s.templateId, openid_enc: s.openidEnc,
  remaining: s.remaining, updated_at: s.updatedAt, version: s.version,
})

const toMessage = (r: OutboxRow): OutboxMessage => ({
  id: r.id, subscriptionId: r.subscription_id, openidEnc: r.openid_enc, templateId: r.template_id, page: r.page,
  data: JSON.parse(r.data) as Record<string, string>, state: r.state, attempts: r.attempts, nextAt: r.next_at,
  createdAt: r.created_at, updatedAt: r.updated_at, lastError: r.last_error, version: r.version,
})
const fromMessage = (m: OutboxMessage) => ({
  id: m.id, subscription_id: m.subscriptionId, openid_enc: m.openidEnc, template_id: m.templateId, page: m.page,
  data: JSON.stringify(m.data), state: m.state, attempts: m.attempts, next_at: m.nextAt, created_at: m.createdAt,
  updated_at: m.updatedAt, last_error: m.lastError, version: m.version,
})

export const NOTIFY_SQL = {
  byRecipient: 'SELECT * FROM subscriptions WHERE recipient_key = ? ORDER BY id LIMIT 100',
  // The partial index holds pending messages only: the send timer's cost follows what is still to send.
  due: `SELECT * FROM outbox INDEXED BY outbox_due
    WHERE next_at IS NOT NULL AND next_at <= ? AND (next_at, id) > (?, ?) ORDER BY next_at, id LIMIT ?`,
}

export function sqliteSubscriptions(db: Database.Database): SubscriptionStore {
  const byRecipient = db.prepare<[string], SubscriptionRow>(NOTIFY_SQL.byRecipient)
  const byId = db.prepare<[string], SubscriptionRow>('SELECT * FROM subscriptions WHERE id = ?')
  const insert = db.prepare(
    `INSERT INTO subscriptions (id, recipient_key, kind, template_id, openid_enc, remaining, updated_at, version)
     VALUES (@id, @recipient_key, @kind, @template_id, @openid_enc, @remaining, @updated_at, @version) ON CONFLICT(id) DO NOTHING`,
  )
  const update = db.prepare(
    `UPDATE subscriptions SET recipient_key = @recipient_key, kind = @kind, template_id = @template_id, openid_enc = @openid_enc,
     remaining = @remaining, updated_at = @updated_at, version = @version WHERE id = @id AND version = @expected`,
  )
  return {
    async listByRecipient(recipientKey) {
      return byRecipient.all(recipientKey).map(toSubscription)
    },
    async get(id) {
      const row = byId.get(id)
      return row ? toSubscription(row) : null
    },
    async put(s) {
      const row = fromSubscription(s)
      // Conditional on the version: of two writers holding the same record, exactly one sees changes === 1.
      return (s.version === 1 ? insert.run(row) : update.run({ ...row, expected: s.version - 1 })).changes === 1
    },
  }
}

export function sqliteOutbox(db: Database.Database): OutboxStore {
  const insert = db.prepare(
    `INSERT INTO outbox (id, subscription_id, openid_enc, template_id, page, data, state, attempts, next_at, created_at, updated_at, last_error, version)
     VALUES (@id, @subscription_id, @openid_enc, @template_id, @page, @data, @state, @attempts, @next_at, @created_at, @updated_at, @last_error, @version)`,
  )
  const byId = db.prepare<[string], OutboxRow>('SELECT * FROM outbox WHERE id = ?')
  const due = db.prepare<[string, string, string, number], OutboxRow>(NOTIFY_SQL.due)
  const update = db.prepare(
    `UPDATE outbox SET state = @state, attempts = @attempts, next_at = @next_at, updated_at = @updated_at, last_error = @last_error,
     version = @version WHERE id = @id AND version = @expected`,
  )
  return {
    async add(m) {
      insert.run(fromMessage(m))
    },
    async get(id) {
      const row = byId.get(id)
      return row ? toMessage(row) : null
    },
    async listDue(now, after, limit) {
      const size = clampLimit(limit)
      const { key, id } = parseCursor(after)
      return pageOf(due.all(now, key, id, size).map(toMessage), size, (m) => compositeCursor(m.nextAt ?? '', m.id))
    },
    async update(m) {
      return update.run({ ...fromMessage(m), expected: m.version - 1 }).changes === 1
    },
  }
}

/** Both notify stores, spread into the Store by index.ts. */
export function sqliteMarks(db: Database.Database): MarkStore {
  const byName = db.prepare<[string], Mark>('SELECT name, value, version FROM marks WHERE name = ?')
  const insert = db.prepare('INSERT OR IGNORE INTO marks (name, value, version) VALUES (?, ?, 1)')
  const update = db.prepare('UPDATE marks SET value = ?, version = ? WHERE name = ? AND version = ?')
  return {
    async get(name) {
      return byName.get(name) ?? null
    },
    async put(m) {
      const res = m.version === 1 ? insert.run(m.name, m.value) : update.run(m.value, m.version, m.name, m.version - 1)
      return res.changes === 1
    },
  }
}

export const sqliteNotify = (db: Database.Database) => ({ subscriptions: sqliteSubscriptions(db), outbox: sqliteOutbox(db), marks: sqliteMarks(db) })
