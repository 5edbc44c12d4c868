import type { AuditEntry, AuditStore } from '../port'
import { clampLimit, keysetPage, pageOf, type Db, type Doc } from './db'

const toEntry = (d: Doc): AuditEntry => ({
  id: d._id,
  at: d.at as string,
  actor: d.actor as string,
  action: d.action as string,
  recordType: d.recordType as string,
  recordId: d.recordId as string,
  ...(d.detail === undefined || d.detail === null ? {} : { detail: d.detail as Record<string, unknown> }),
})

const toDoc = ({ id, detail, ...fields }: AuditEntry): Doc => ({ _id: id, ...fields, ...(detail === undefined ? {} : { detail }) })

/** Append-only by construction: this adapter issues no update or remove on `audit`. */
export function cloudbaseAudit(db: Db): AuditStore {
  return {
    async append(e) {
      await db.collection('audit').add(toDoc(e))
    },
    async appendMany(entries) {
      if (entries.length > 0) await db.collection('audit').add(entries.map(toDoc))
    },
    async listByRecord(recordType, recordId, after, limit) {
      const size = clampLimit(limit)
      const docs = await keysetPage(db, 'audit', { recordType, recordId }, after, size)
      return pageOf(docs.map(toEntry), size, (e) => e.id)
    },
  }
}
