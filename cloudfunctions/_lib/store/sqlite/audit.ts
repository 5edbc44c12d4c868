import type Database from 'better-sqlite3'
import type { AuditEntry, AuditStore } from '../port'
import { clampLimit, pageOf } from './page'

type AuditRow = {
  id: string
  at: string
  actor: string
  action: string
  record_type: string
  record_id: string
  detail: string | null
}

const toEntry = (r: AuditRow): AuditEntry => ({
  id: r.id,
  at: r.at,
  actor: r.actor,
  action: r.action,
  recordType: r.record_type,
  recordId: r.record_id,
  ...(r.detail === null ? {} : { detail: JSON.parse(r.detail) as Record<string, unknown> }),
})

export const AUDIT_SQL = {
  byRecord: 'SELECT * FROM audit WHERE record_type = ? AND record_id = ? AND id > ? ORDER BY id LIMIT ?',
}

/** One audit row's insert (also used by side-records.ts). */
export function auditInsert(db: Database.Database): (e: AuditEntry) => void {
  const insert = db.prepare(
    'INSERT INTO audit (id, at, actor, action, record_type, record_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?)',
  )
  return (e) => void insert.run(e.id, e.at, e.actor, e.action, e.recordType, e.recordId, e.detail === undefined ? null : JSON.stringify(e.detail))
}

/** Append-only by construction: this adapter prepares no UPDATE or DELETE on audit. */
export function sqliteAudit(db: Database.Database): AuditStore {
  const put = auditInsert(db)
  const byRecord = db.prepare<[string, string, string, number], AuditRow>(AUDIT_SQL.byRecord)
  return {
    async append(e) {
      put(e)
    },
    async listByRecord(recordType, recordId, after, limit) {
      const size = clampLimit(limit)
      return pageOf(byRecord.all(recordType, recordId, after ?? '', size).map(toEntry), size, (e) => e.id)
    },
  }
}
