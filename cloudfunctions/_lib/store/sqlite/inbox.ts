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

/**
 * A page of the items of `keys` recipients, newest first (inbox ids are time-ordered: runtime/ids.ts). Several
 * recipients are one UNION ALL of a search per key, which SQLite merges in id order (MERGE (UNION ALL), no sort),
 * stopping at the limit. Parameters: per key its recipient key (and the cursor), then the limit.
 */
export function inboxListSql(keys: number, cursor: boolean): string {
  const branch = `SELECT * FROM inbox WHERE recipient_key = ?${cursor ? ' AND id < ?' : ''}`
  return `${Array.from({ length: keys }, () => branch).join(' UNION ALL ')} ORDER BY id DESC LIMIT ?`
}

export const INBOX_SQL = {
  first: inboxListSql(1, false),
  after: inboxListSql(1, true),
  // A worker's merged inbox (grievance, membership and legal keys: grievance/lib/worker-inbox.ts).
  mergedFirst: inboxListSql(3, false),
  mergedAfter: inboxListSql(3, true),
}

/** One inbox item's insert (also used by side-records.ts). */
export function inboxInsert(db: Database.Database): (i: InboxItem) => void {
  const insert = db.prepare(
    `INSERT INTO inbox (id, recipient_key, at, type, case_id, title, body, read, due_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  )
  return (i) => void insert.run(i.id, i.recipientKey, i.at, i.type, i.caseId, i.title, i.body, i.read ? 1 : 0, i.dueAt ?? null)
}

export function sqliteInbox(db: Database.Database): InboxStore {
  const put = inboxInsert(db)
  const lists = new Map<string, Database.Statement<Array<string | number>, InboxRow>>()
  const listStatement = (keys: number, cursor: boolean) => {
    const sql = inboxListSql(keys, cursor)
    let statement = lists.get(sql)
    if (!statement) lists.set(sql, (statement = db.prepare<Array<string | number>, InboxRow>(sql)))
    return statement
  }
  const byId = db.prepare<[string], InboxRow>('SELECT * FROM inbox WHERE id = ?')
  const setRead = db.prepare<[number, string]>('UPDATE inbox SET read = ? WHERE id = ?')
  // Checked and marked in one statement (RETURNING: the row as marked).
  const markFor = db.prepare<[string, string, string], InboxRow>('UPDATE inbox SET read = 1 WHERE id = ? AND recipient_key = ? AND type = ? RETURNING *')
  const between = db.prepare<[string, string, number], InboxRow>('SELECT * FROM inbox WHERE id > ? AND id < ? ORDER BY id LIMIT ?')
  return {
    async add(i) {
      put(i)
    },
    async listBetween(from, before, limit) {
      return between.all(from ?? '', before, limit).map(toItem)
    },
    async list(recipientKeys, cursor, limit) {
      const size = clampLimit(limit)
      const keys = [...new Set(typeof recipientKeys === 'string' ? [recipientKeys] : recipientKeys)]
      if (keys.length === 0) return { items: [], next: null }
      const params = keys.flatMap((key) => (cursor === undefined ? [key] : [key, cursor]))
      const rows = listStatement(keys.length, cursor !== undefined).all(...params, size)
      return pageOf(rows.map(toItem), size, (i) => i.id)
    },
    async get(id) {
      const row = byId.get(id)
      return row ? toItem(row) : null
    },
    async markRead(id) {
      setRead.run(1, id)
    },
    async markReadFor(id, recipientKey, type) {
      const row = markFor.get(id, recipientKey, type)
      return row ? toItem(row) : null
    },
    async markUnread(id) {
      setRead.run(0, id)
    },
  }
}
