/**
 * Mutual aid rows (migration 012): each plan, enrolment and claim is its port record as JSON (`doc`) plus the
 * columns its look-ups and lists need, written from the record on every insert and update. The statements are
 * exported so tests can check each list's plan uses its index.
 */
import type { Claim, Enrolment, Plan } from '../mutual-aid-port'

export type DocRow = { doc: string }

export const planRow = (p: Plan) => ({ id: p.id, year: p.year, version: p.version, doc: JSON.stringify(p) })

export const enrolmentRow = (e: Enrolment) => ({
  id: e.id,
  plan_id: e.planId,
  holder_key: e.holderKey,
  org_id: e.orgId,
  member_no: e.memberNo,
  cover_to: e.coverTo,
  version: e.version,
  doc: JSON.stringify(e),
})

/** The queues' order: the decide-by once the documents are complete, the filing time before. */
export const queueKey = (c: Pick<Claim, 'decideBy' | 'createdAt'>) => c.decideBy ?? c.createdAt

export const claimRow = (c: Claim) => ({
  id: c.id,
  request_key: c.requestKey,
  holder_key: c.holderKey,
  plan_id: c.planId,
  status: c.status,
  review_org_id: c.reviewOrgId,
  review_path: c.reviewPath,
  approve_org_id: c.approveOrgId,
  queue_key: queueKey(c),
  escalate_at: c.escalateAt,
  created_at: c.createdAt,
  version: c.version,
  doc: JSON.stringify(c),
})

const PLAN_COLUMNS = Object.keys(planRow({} as Plan))
const ENROLMENT_COLUMNS = Object.keys(enrolmentRow({} as Enrolment))
const CLAIM_COLUMNS = Object.keys(claimRow({ createdAt: '' } as Claim))

const insert = (table: string, columns: string[]) =>
  `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')}) ON CONFLICT DO NOTHING`
/** Full replace guarded by the version: of two writers holding the same version, exactly one matches. */
const update = (table: string, columns: string[]) =>
  `UPDATE ${table} SET ${columns.filter((c) => c !== 'id').map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id AND version = @expected`

/** The queue of each stage: its partial index, whose WHERE the query repeats (migration 012). */
const queue = (index: string, orgColumn: string, status: string) => `SELECT doc FROM mutual_aid_claims INDEXED BY ${index}
    WHERE ${orgColumn} = @org AND status = '${status}' AND (queue_key, id) > (@key, @id) ORDER BY queue_key, id LIMIT @limit`

export const MUTUAL_AID_SQL = {
  insertPlan: insert('mutual_aid_plans', PLAN_COLUMNS),
  updatePlan: update('mutual_aid_plans', PLAN_COLUMNS),
  planById: 'SELECT doc FROM mutual_aid_plans WHERE id = ?',
  plans: `SELECT doc FROM mutual_aid_plans INDEXED BY mutual_aid_plans_year
    WHERE (year, id) < (@key, @id) ORDER BY year DESC, id DESC LIMIT @limit`,

  insertEnrolment: insert('mutual_aid_enrolments', ENROLMENT_COLUMNS),
  updateEnrolment: update('mutual_aid_enrolments', ENROLMENT_COLUMNS),
  enrolmentById: 'SELECT doc FROM mutual_aid_enrolments WHERE id = ?',
  enrolmentsByHolder: `SELECT doc FROM mutual_aid_enrolments INDEXED BY mutual_aid_enrolments_holder
    WHERE holder_key = @owner ORDER BY cover_to DESC, id DESC LIMIT @limit`,
  enrolmentsOfOrg: `SELECT doc FROM mutual_aid_enrolments INDEXED BY mutual_aid_enrolments_org
    WHERE org_id = @org AND plan_id = @plan AND (member_no, id) > (@key, @id) ORDER BY member_no, id LIMIT @limit`,

  insertClaim: insert('mutual_aid_claims', CLAIM_COLUMNS),
  updateClaim: update('mutual_aid_claims', CLAIM_COLUMNS),
  claimById: 'SELECT doc FROM mutual_aid_claims WHERE id = ?',
  claimByRequestKey: 'SELECT doc FROM mutual_aid_claims WHERE request_key = ?',
  claimIdByRequestKey: 'SELECT id FROM mutual_aid_claims WHERE request_key = ?',
  queue: {
    review: queue('mutual_aid_claims_review', 'review_org_id', 'submitted'),
    approve: queue('mutual_aid_claims_approve', 'approve_org_id', 'checked'),
    pay: queue('mutual_aid_claims_pay', 'approve_org_id', 'approved'),
  },
  claimsByHolder: `SELECT doc FROM mutual_aid_claims INDEXED BY mutual_aid_claims_holder
    WHERE holder_key = @owner AND (created_at, id) < (@key, @id) ORDER BY created_at DESC, id DESC LIMIT @limit`,
  claimsDue: `SELECT doc FROM mutual_aid_claims INDEXED BY mutual_aid_claims_due
    WHERE escalate_at <= @now AND (escalate_at, id) > (@key, @id) ORDER BY escalate_at, id LIMIT @limit`,
  // The subtree is checked on the index entry (review_path is its last column) before the row is read.
  claimsForStats: `SELECT doc FROM mutual_aid_claims INDEXED BY mutual_aid_claims_stats
    WHERE plan_id = @plan AND (created_at, id) > (@key, @id) AND review_path >= @prefix AND review_path < @prefixEnd
    ORDER BY created_at, id LIMIT @limit`,

  invoiceUsed: 'SELECT 1 FROM mutual_aid_invoices WHERE hash = ?',
  insertInvoice: 'INSERT INTO mutual_aid_invoices (hash, claim_id) VALUES (?, ?) ON CONFLICT DO NOTHING',
}
