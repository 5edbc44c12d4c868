import type Database from 'better-sqlite3'
import type { InboxItem, InboxStore } from '../port'
import { clampLimit, pageOf } from './page'

type InboxRow = {
  id: string
  recipient_key: string
  at: string
  type: string
  case_id: string | null
  title: string
  body: string
  read: number
  due_at: string | null
}

/** `dueAt` is optional in the port: a null due_at comes back as an absent field. */
const toItem = (r: InboxRow): InboxItem => ({
  id: r.id,
  recipientKey: r.recipient_key,
  at: r.at,
  type: r.type,
  caseId: r.case_id,
  title: r.title,
  body: r.body,
  read: r.read === 1,
  ...(r.due_at === null ? {} : { dueAt: r.due_at }),
})

export const INBOX_SQL = {
  // Newest first: inbox ids are time-ordered (runtime/ids.ts).
  first: 'SELECT * FROM inbox WHERE recipient_key = ? ORDER BY id DESC LIMIT ?',
  after: 'SELECT * FROM inbox WHERE recipient_key = ? AND id < ? ORDER BY id DESC LIMIT ?',
}

export function sqliteInbox(db: Database.Database): InboxStore {
  const insert = db.prepare(
    `INSERT INTO inbox (id, recipient_key, at, type, case_id, title, body, read, due_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  const first = db.prepare<[string, number], InboxRow>(INBOX_SQL.first)
  const after = db.prepare<[string, string, number], InboxRow>(INBOX_SQL.after)
  const byId = db.prepare<[string], InboxRow>('SELECT * FROM inbox WHERE id = ?')
  const markRead = db.prepare('UPDATE inbox SET read = 1 WHERE id = ?')
  const between = db.prepare<[string, string, number], InboxRow>('SELECT * FROM inbox WHERE id > ? AND id < ? ORDER BY id LIMIT ?')
  const put = (i: InboxItem) => insert.run(i.id, i.recipientKey, i.at, i.type, i.caseId, i.title, i.body, i.read ? 1 : 0, i.dueAt ?? null)
  const putAll = db.transaction((items: readonly InboxItem[]) => items.forEach(put))
  return {
    async add(i) {
      put(i)
    },
    async addMany(items) {
      putAll(items)
    },
    async listBetween(from, before, limit) {
      return between.all(from ?? '', before, limit).map(toItem)
    },
    async list(recipientKey, cursor, limit) {
      const size = clampLimit(limit)
      const rows = cursor === undefined ? first.all(recipientKey, size) : after.all(recipientKey, cursor, size)
      return pageOf(rows.map(toItem), size, (i) => i.id)
    },
    async get(id) {
      const row = byId.get(id)
      return row ? toItem(row) : null
    },
    async markRead(id) {
      markRead.run(id)
    },
  }
}
