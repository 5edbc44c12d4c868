/** Participants (who reported or joined a case) and case messages on SQLite. */
import type Database from 'better-sqlite3'
import { reporterFirst } from '../cursor'
import { MAX_CASE_MESSAGES, type CaseMessage, type ParticipantMethods } from '../grievance-port'
import { fromMessage, toCase, toMessage, toParticipant, type CaseRow, type MessageRow, type ParticipantRow } from './grievance-rows'
import { clampLimit, pageOf } from './page'

/**
 * DO NOTHING on either uniqueness conflict (requestKey, or the same reporter on the same case), so
 * `changes === 0` means "already there". Unlike INSERT OR IGNORE it still fails on NOT NULL.
 */
export const PARTICIPANT_INSERT = `INSERT INTO grievance_participants
  (case_id, reporter_key, role, privacy, contact_enc, affected_count, request_key, joined_at, day)
  VALUES (@case_id, @reporter_key, @role, @privacy, @contact_enc, @affected_count, @request_key, @joined_at, @day)
  ON CONFLICT DO NOTHING`

/** A request key already taken is "already there" (changes === 0); any other conflict (the id) still throws. */
export const MESSAGE_INSERT = `INSERT INTO grievance_messages (id, case_id, at, sender, org_id, sender_key, kind, text, attachments, request_key)
  VALUES (@id, @case_id, @at, @sender, @org_id, @sender_key, @kind, @text, @attachments, @request_key)
  ON CONFLICT (request_key) WHERE request_key IS NOT NULL DO NOTHING`

export const PARTICIPANT_SQL = {
  byCase: 'SELECT * FROM grievance_participants WHERE case_id = ? ORDER BY joined_at, request_key',
  // Newest first: case ids are time-ordered (runtime/ids.ts).
  byReporterFirst: 'SELECT * FROM grievance_participants WHERE reporter_key = ? ORDER BY case_id DESC LIMIT ?',
  byReporterAfter: 'SELECT * FROM grievance_participants WHERE reporter_key = ? AND case_id < ? ORDER BY case_id DESC LIMIT ?',
  messages: 'SELECT * FROM grievance_messages WHERE case_id = ? AND id > ? ORDER BY id LIMIT ?',
}

export function sqliteParticipants(db: Database.Database): ParticipantMethods {
  const byId = db.prepare<[string], CaseRow>('SELECT * FROM grievances WHERE id = ?')
  const byRequestKey = db.prepare<[string], ParticipantRow>('SELECT * FROM grievance_participants WHERE request_key = ?')
  const byCase = db.prepare<[string], ParticipantRow>(PARTICIPANT_SQL.byCase)
  const byReporterFirst = db.prepare<[string, number], ParticipantRow>(PARTICIPANT_SQL.byReporterFirst)
  const byReporterAfter = db.prepare<[string, string, number], ParticipantRow>(PARTICIPANT_SQL.byReporterAfter)
  const insertMessage = db.prepare(MESSAGE_INSERT)
  const messageByRequestKey = db.prepare<[string, string], MessageRow>('SELECT * FROM grievance_messages WHERE request_key = ? AND case_id = ?')
  const messages = db.prepare<[string, string, number], MessageRow>(PARTICIPANT_SQL.messages)
  const caseExists = db.prepare<[string], { n: number }>('SELECT 1 AS n FROM grievances WHERE id = ?')
  const messageCount = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM grievance_messages WHERE case_id = ?')
  // As on CloudBase, a message goes onto a case that exists and is not full (the checks and the insert under one writer).
  const addMessage = db.transaction((m: CaseMessage) =>
    caseExists.get(m.caseId) && messageCount.get(m.caseId)!.n < MAX_CASE_MESSAGES ? insertMessage.run(fromMessage(m)).changes === 1 : false,
  )
  const pageOfMessages = (caseId: string, after: string | undefined, limit: number) => {
    const size = clampLimit(limit)
    return pageOf(messages.all(caseId, after ?? '', size).map(toMessage), size, (m) => m.id)
  }

  return {
    async getByRequestKey(requestKey) {
      const row = byRequestKey.get(requestKey)
      const c = row && byId.get(row.case_id)
      return row && c ? { c: toCase(c), participant: toParticipant(row) } : null
    },
    async listParticipants(caseId) {
      return reporterFirst(byCase.all(caseId).map(toParticipant))
    },
    async listByReporter(reporterKey, after, limit) {
      const size = clampLimit(limit)
      const rows = after === undefined ? byReporterFirst.all(reporterKey, size) : byReporterAfter.all(reporterKey, after, size)
      return pageOf(rows.map(toParticipant), size, (p) => p.caseId)
    },
    async addMessage(m) {
      return addMessage(m)
    },
    async countMessages(caseId) {
      return messageCount.get(caseId)!.n
    },
    async getMessageByRequestKey(caseId, requestKey) {
      const row = messageByRequestKey.get(requestKey, caseId)
      const c = row && byId.get(caseId)
      return row && c ? { c: toCase(c), m: toMessage(row) } : null
    },
    async listMessages(caseId, after, limit) {
      return pageOfMessages(caseId, after, limit)
    },
    async getWithMessages(id, after, limit) {
      const row = byId.get(id)
      if (!row) return null
      return { c: toCase(row), participants: reporterFirst(byCase.all(id).map(toParticipant)), messages: pageOfMessages(id, after, limit) }
    },
  }
}
