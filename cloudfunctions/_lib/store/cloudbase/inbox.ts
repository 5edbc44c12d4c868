import type { InboxItem, InboxStore } from '../port'
import { clampLimit, getDoc, pageOf, type Db, type Doc } from './db'

/** `dueAt` is optional in the port: stored only when set, absent when not. */
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

const toDoc = ({ id, dueAt, ...fields }: InboxItem): Doc => ({ _id: id, ...fields, ...(dueAt === undefined || dueAt === null ? {} : { dueAt }) })

/** `_id` is the item id (time-ordered, so `_id` descending is newest first). */
export function cloudbaseInbox(db: Db): InboxStore {
  const _ = db.command
  const inbox = () => db.collection('inbox')
  return {
    async add(i) {
      await inbox().add(toDoc(i))
    },
    async addMany(items) {
      // One insertDocument with every item (the SDK sends an array as one request).
      if (items.length > 0) await inbox().add(items.map(toDoc))
    },
    async listBetween(after, before, limit) {
      const range = after === null ? _.lt(before) : _.gt(after).and(_.lt(before))
      const res = await inbox().where({ _id: range }).orderBy('_id', 'asc').limit(clampLimit(limit)).get()
      return (res.data as Doc[]).map(toItem)
    },
    async list(recipientKey, after, limit) {
      const size = clampLimit(limit)
      const where = after === undefined ? { recipientKey } : { recipientKey, _id: _.lt(after) }
      const res = await inbox().where(where).orderBy('_id', 'desc').limit(size).get()
      return pageOf((res.data as Doc[]).map(toItem), size, (i) => i.id)
    },
    async get(id) {
      const doc = await getDoc(db, 'inbox', id)
      return doc ? toItem(doc) : null
    },
    async markRead(id) {
      await inbox().doc(id).update({ read: true })
    },
  }
}
