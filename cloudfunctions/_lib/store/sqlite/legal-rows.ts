/**
 * Legal help rows (migration 011): each consultation and aid application is its port record as JSON (`doc`)
 * plus the columns its look-ups and lists need, written from the record on every insert and update. The
 * statements are exported so tests can check each list's plan uses its index.
 */
import type { AidApplication, Consultation, LimitationReminder } from '../legal-port'

export type DocRow = { doc: string }

/** Open = not closed; the text must equal the partial indexes' WHERE (migration 011). */
const OPEN_CONSULTATION = "status <> 'closed'"
const RUNNING_CONSULTATION = "status IN ('waiting', 'claimed')"
const UNDECIDED_AID = "status IN ('pending', 'awaiting_material')"

export const consultationRow = (c: Consultation) => ({
  id: c.id,
  request_key: c.requestKey,
  receipt_hash: c.receiptHash,
  asker_key: c.askerKey,
  status: c.status,
  assigned_org_id: c.assignedOrgId,
  assigned_path: c.assignedPath,
  answer_by: c.answerBy,
  escalate_at: c.escalateAt,
  created_at: c.createdAt,
  version: c.version,
  doc: JSON.stringify(c),
})

/** Paused applications (decideBy null) sort after every instant: '~' is above the digits an ISO time starts with. */
export const PAUSED_KEY = '~'

export const aidRow = (a: AidApplication) => ({
  id: a.id,
  request_key: a.requestKey,
  applicant_key: a.applicantKey,
  status: a.status,
  assigned_org_id: a.assignedOrgId,
  assigned_path: a.assignedPath,
  decide_key: a.decideBy ?? PAUSED_KEY,
  escalate_at: a.escalateAt,
  created_at: a.createdAt,
  version: a.version,
  doc: JSON.stringify(a),
})

export type ReminderRow = {
  id: string
  request_key: string
  recipient_key: string
  due_day: string
  deadline: string
  days_before: number
  category: LimitationReminder['category']
  sent_at: string | null
}

export const reminderRow = (r: LimitationReminder): ReminderRow => ({
  id: r.id,
  request_key: r.requestKey,
  recipient_key: r.recipientKey,
  due_day: r.dueDay,
  deadline: r.deadline,
  days_before: r.daysBefore,
  category: r.category,
  sent_at: r.sentAt,
})

export const toReminder = (r: ReminderRow): LimitationReminder => ({
  id: r.id,
  requestKey: r.request_key,
  recipientKey: r.recipient_key,
  dueDay: r.due_day,
  deadline: r.deadline,
  daysBefore: r.days_before,
  category: r.category,
  sentAt: r.sent_at,
})

const CONSULTATION_COLUMNS = Object.keys(consultationRow({} as Consultation))
const AID_COLUMNS = Object.keys(aidRow({ decideBy: null } as AidApplication))
const REMINDER_COLUMNS = Object.keys(reminderRow({} as LimitationReminder))

const insert = (table: string, columns: string[]) =>
  `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')}) ON CONFLICT DO NOTHING`
/** Full replace guarded by the version: of two writers holding the same version, exactly one matches. */
const update = (table: string, columns: string[]) =>
  `UPDATE ${table} SET ${columns.filter((c) => c !== 'id').map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id AND version = @expected`

/** A statistics window: the cursor is the only lower bound (the window's start folded into it, see legal.ts). */
const window = (columns: string, table: string, index: string) => `SELECT ${columns} FROM ${table} INDEXED BY ${index}
    WHERE (created_at, id) > (@key, @id) AND created_at < @to AND assigned_path >= @prefix AND assigned_path < @prefixEnd`

export const LEGAL_SQL = {
  insertConsultation: insert('legal_consultations', CONSULTATION_COLUMNS),
  updateConsultation: update('legal_consultations', CONSULTATION_COLUMNS),
  consultationById: 'SELECT doc FROM legal_consultations WHERE id = ?',
  consultationByRequestKey: 'SELECT doc FROM legal_consultations WHERE request_key = ?',
  consultationByReceipt: 'SELECT doc FROM legal_consultations WHERE receipt_hash = ?',
  consultationQueue: `SELECT doc FROM legal_consultations INDEXED BY legal_consultations_queue
    WHERE assigned_org_id = @org AND ${OPEN_CONSULTATION} AND (answer_by, id) > (@key, @id) ORDER BY answer_by, id LIMIT @limit`,
  consultationQueueStatus: `SELECT doc FROM legal_consultations INDEXED BY legal_consultations_queue_status
    WHERE assigned_org_id = @org AND status = @status AND ${OPEN_CONSULTATION} AND (answer_by, id) > (@key, @id)
    ORDER BY answer_by, id LIMIT @limit`,
  consultationsByAsker: `SELECT doc FROM legal_consultations INDEXED BY legal_consultations_asker
    WHERE asker_key = @owner AND (created_at, id) < (@key, @id) ORDER BY created_at DESC, id DESC LIMIT @limit`,
  // escalate_at is null once answered; the status term guards a record whose clock was not cleared.
  consultationsDue: `SELECT doc FROM legal_consultations INDEXED BY legal_consultations_due
    WHERE escalate_at <= @now AND (escalate_at, id) > (@key, @id) AND ${RUNNING_CONSULTATION} ORDER BY escalate_at, id LIMIT @limit`,
  // Two ordered walks (the subtree's window, the org's misses) merged; UNION drops a consultation found by both.
  consultationsForStats: `SELECT c.doc FROM (
      ${window('created_at, id', 'legal_consultations', 'legal_consultations_created')}
      UNION
      SELECT created_at, consultation_id FROM legal_consultation_misses INDEXED BY legal_consultation_misses_org
      WHERE org_id = @org AND (created_at, consultation_id) > (@key, @id) AND created_at < @to
      ORDER BY 1, 2 LIMIT @limit
    ) k CROSS JOIN legal_consultations c ON c.id = k.id ORDER BY k.created_at, k.id`,
  // The misses table mirrors missedOrgIds: orgs no longer listed go, new ones are added.
  dropMisses: `DELETE FROM legal_consultation_misses WHERE consultation_id = ? AND org_id NOT IN (SELECT value FROM json_each(?))`,
  putMisses: `INSERT INTO legal_consultation_misses (consultation_id, org_id, created_at)
    SELECT ?, value, ? FROM json_each(?) WHERE true ON CONFLICT DO NOTHING`,

  insertAid: insert('legal_aid', AID_COLUMNS),
  updateAid: update('legal_aid', AID_COLUMNS),
  aidById: 'SELECT doc FROM legal_aid WHERE id = ?',
  aidByRequestKey: 'SELECT doc FROM legal_aid WHERE request_key = ?',
  aidQueue: `SELECT doc FROM legal_aid INDEXED BY legal_aid_queue
    WHERE assigned_org_id = @org AND ${UNDECIDED_AID} AND (decide_key, id) > (@key, @id) ORDER BY decide_key, id LIMIT @limit`,
  aidByApplicant: `SELECT doc FROM legal_aid INDEXED BY legal_aid_applicant
    WHERE applicant_key = @owner AND (created_at, id) < (@key, @id) ORDER BY created_at DESC, id DESC LIMIT @limit`,
  aidDue: `SELECT doc FROM legal_aid INDEXED BY legal_aid_due
    WHERE escalate_at <= @now AND (escalate_at, id) > (@key, @id) AND ${UNDECIDED_AID} ORDER BY escalate_at, id LIMIT @limit`,
  aidForStats: `${window('doc', 'legal_aid', 'legal_aid_created')} ORDER BY created_at, id LIMIT @limit`,

  putParameters: 'INSERT INTO legal_parameters (year, doc) VALUES (?, ?) ON CONFLICT (year) DO UPDATE SET doc = excluded.doc',
  parameters: 'SELECT doc FROM legal_parameters WHERE year = ?',

  insertReminder: insert('legal_reminders', REMINDER_COLUMNS),
  remindersDue: `SELECT * FROM legal_reminders INDEXED BY legal_reminders_due
    WHERE sent_at IS NULL AND due_day <= @day AND (due_day, id) > (@key, @id) ORDER BY due_day, id LIMIT @limit`,
  markReminderSent: 'UPDATE legal_reminders SET sent_at = ? WHERE id = ? AND sent_at IS NULL',
}
