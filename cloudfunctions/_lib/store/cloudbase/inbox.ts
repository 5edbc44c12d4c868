import type { InboxItem, InboxStore } from '../port'
import { clampLimit, getDoc, pageOf, type Db, type Doc } from './db'
import { inboxDoc, JOURNAL } from './journal'

const toItem = (d: Doc): InboxItem => ({
  id: d._id,
  recipientKey: d.recipientKey as string,
  at: d.at as string,
  type: d.type as string,
  caseId: (d.caseId ?? null) as string | null,
  title: d.title as string,
  body: d.body as string,
  read: d.read === true,
  ...(d.dueAt === undefined || d.dueAt === null ? {} : { dueAt: d.dueAt as string }),
})

/** Inbox items live in the `journal` collection (kind `inbox`); `_id` is the item id (time-ordered, so `_id` descending is newest first). */
export function cloudbaseInbox(db: Db): InboxStore {
  const _ = db.command
  const journal = () => db.collection(JOURNAL)
  return {
    async add(i) {
      await journal().add(inboxDoc(i))
    },
    async listBetween(after, before, limit) {
      const range = after === null ? _.lt(before) : _.gt(after).and(_.lt(before))
      const res = await journal().where({ kind: 'inbox', _id: range }).orderBy('_id', 'asc').limit(clampLimit(limit)).get()
      return (res.data as Doc[]).map(toItem)
    },
    async list(recipientKeys, after, limit) {
      const size = clampLimit(limit)
      const keys = [...new Set(typeof recipientKeys === 'string' ? [recipientKeys] : recipientKeys)]
      if (keys.length === 0) return { items: [], next: null }
      // Several recipients are one query: the index (kind, recipientKey, _id desc) serves the $in, each key's
      // entries read in _id order and merged by the server.
      const recipientKey = keys.length === 1 ? keys[0] : _.in(keys)
      const where = after === undefined ? { kind: 'inbox', recipientKey } : { kind: 'inbox', recipientKey, _id: _.lt(after) }
      const res = await journal().where(where).orderBy('_id', 'desc').limit(size).get()
      return pageOf((res.data as Doc[]).map(toItem), size, (i) => i.id)
    },
    async get(id) {
      const doc = await getDoc(db, JOURNAL, id)
      return doc && doc.kind === 'inbox' ? toItem(doc) : null
    },
    async markRead(id) {
      await journal().where({ _id: id, kind: 'inbox' }).update({ read: true })
    },
    async markReadFor(id, recipientKey, type) {
      // One find-and-modify (database.modifyAndReturnDoc): the conditions hold for the document it marks and returns.
      const res = await journal().where({ _id: id, kind: 'inbox', recipientKey, type }).updateAndReturn({ read: true })
      const doc = (res as { doc?: Doc | null }).doc
      return doc ? toItem(doc) : null
    },
    async markUnread(id) {
      await journal().where({ _id: id, kind: 'inbox' }).update({ read: false })
    },
  }
}
