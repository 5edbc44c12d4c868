/** Participants (who reported or joined a case) and case messages on SQLite. */
import type Database from 'better-sqlite3'
import { reporterFirst } from '../cursor'
import type { ParticipantMethods } from '../grievance-port'
import { fromMessage, fromParticipant, toMessage, toParticipant, type MessageRow, type ParticipantRow } from './grievance-rows'
import { clampLimit, pageOf } from './page'

/**
 * DO NOTHING on either uniqueness conflict (requestKey, or the same reporter on the same case), so
 * `changes === 0` means "already there". Unlike INSERT OR IGNORE it still fails on NOT NULL.
 */
export const PARTICIPANT_INSERT = `INSERT INTO grievance_participants
  (case_id, reporter_key, role, privacy, contact_enc, affected_count, request_key, joined_at, day)
  VALUES (@case_id, @reporter_key, @role, @privacy, @contact_enc, @affected_count, @request_key, @joined_at, @day)
  ON CONFLICT DO NOTHING`

export const PARTICIPANT_SQL = {
  byCase: 'SELECT * FROM grievance_participants WHERE case_id = ? ORDER BY joined_at, request_key',
  // Newest first: case ids are time-ordered (runtime/ids.ts).
  byReporterFirst: 'SELECT * FROM grievance_participants WHERE reporter_key = ? ORDER BY case_id DESC LIMIT ?',
  byReporterAfter: 'SELECT * FROM grievance_participants WHERE reporter_key = ? AND case_id < ? ORDER BY case_id DESC LIMIT ?',
  countByDay: 'SELECT count(*) AS n FROM grievance_participants WHERE reporter_key = ? AND day = ?',
  messages: 'SELECT * FROM grievance_messages WHERE case_id = ? AND id > ? ORDER BY id LIMIT ?',
}

export function sqliteParticipants(db: Database.Database, insert: Database.Statement): ParticipantMethods {
  const byRequestKey = db.prepare<[string], ParticipantRow>('SELECT * FROM grievance_participants WHERE request_key = ?')
  const byKey = db.prepare<[string, string], ParticipantRow>(
    'SELECT * FROM grievance_participants WHERE case_id = ? AND reporter_key = ?',
  )
  const byCase = db.prepare<[string], ParticipantRow>(PARTICIPANT_SQL.byCase)
  const byReporterFirst = db.prepare<[string, number], ParticipantRow>(PARTICIPANT_SQL.byReporterFirst)
  const byReporterAfter = db.prepare<[string, string, number], ParticipantRow>(PARTICIPANT_SQL.byReporterAfter)
  const countByDay = db.prepare<[string, string], { n: number }>(PARTICIPANT_SQL.countByDay)
  // A request key already taken is "already there" (changes === 0); any other conflict (the id) still throws.
  const insertMessage = db.prepare(
    `INSERT INTO grievance_messages (id, case_id, at, sender, org_id, sender_key, kind, text, attachments, request_key)
     VALUES (@id, @case_id, @at, @sender, @org_id, @sender_key, @kind, @text, @attachments, @request_key)
     ON CONFLICT (request_key) WHERE request_key IS NOT NULL DO NOTHING`,
  )
  const messageByRequestKey = db.prepare<[string], MessageRow>('SELECT * FROM grievance_messages WHERE request_key = ?')
  const messages = db.prepare<[string, string, number], MessageRow>(PARTICIPANT_SQL.messages)

  return {
    async addParticipant(p) {
      return insert.run(fromParticipant(p)).changes === 1
    },
    async getParticipantByRequestKey(requestKey) {
      const row = byRequestKey.get(requestKey)
      return row ? toParticipant(row) : null
    },
    async getParticipant(caseId, reporterKey) {
      const row = byKey.get(caseId, reporterKey)
      return row ? toParticipant(row) : null
    },
    async listParticipants(caseId) {
      return reporterFirst(byCase.all(caseId).map(toParticipant))
    },
    async listByReporter(reporterKey, after, limit) {
      const size = clampLimit(limit)
      const rows = after === undefined ? byReporterFirst.all(reporterKey, size) : byReporterAfter.all(reporterKey, after, size)
      return pageOf(rows.map(toParticipant), size, (p) => p.caseId)
    },
    async countByReporterDay(reporterKey, day) {
      return countByDay.get(reporterKey, day)!.n
    },
    async addMessage(m) {
      return insertMessage.run(fromMessage(m)).changes === 1
    },
    async getMessageByRequestKey(requestKey) {
      const row = messageByRequestKey.get(requestKey)
      return row ? toMessage(row) : null
    },
    async listMessages(caseId, after, limit) {
      const size = clampLimit(limit)
      return pageOf(messages.all(caseId, after ?? '', size).map(toMessage), size, (m) => m.id)
    },
  }
}
