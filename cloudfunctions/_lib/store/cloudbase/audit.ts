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

/** Append-only by construction: this adapter issues no update or remove on `audit`. */
export function cloudbaseAudit(db: Db): AuditStore {
  return {
    async append(e) {
      const { id, detail, ...fields } = e
      await db.collection('audit').add({ _id: id, ...fields, ...(detail === undefined ? {} : { detail }) })
    },
    async listByRecord(recordType, recordId, after, limit) {
      const size = clampLimit(limit)
      const docs = await keysetPage(db, 'audit', { recordType, recordId }, after, size)
      return pageOf(docs.map(toEntry), size, (e) => e.id)
    },
  }
}
