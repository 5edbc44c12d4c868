import type { AuditEntry, AuditStore } from '../port'
import { clampLimit, keysetPage, pageOf, type Db, type Doc } from './db'
import { auditDoc, JOURNAL } from './journal'

const toEntry = (d: Doc): AuditEntry => ({
  id: d._id,
  at: d.at as string,
  actor: d.actor as string,
  action: d.action as string,
  recordType: d.recordType as string,
  recordId: d.recordId as string,
  ...(d.detail === undefined || d.detail === null ? {} : { detail: d.detail as Record<string, unknown> }),
})

/** Audit lines live in the `journal` collection (kind `audit`). Append-only: this adapter issues no update or remove. */
export function cloudbaseAudit(db: Db): AuditStore {
  return {
    async append(e) {
      await db.collection(JOURNAL).add(auditDoc(e))
    },
    async listByRecord(recordType, recordId, after, limit) {
      const size = clampLimit(limit)
      const docs = await keysetPage(db, JOURNAL, { kind: 'audit', recordType, recordId }, after, size)
      return pageOf(docs.map(toEntry), size, (e) => e.id)
    },
  }
}
