/**
 * Grievance cases on SQLite. Every list is a keyset page over an index named with INDEXED BY, so
 * the plan cannot drift to a scan when the statistics change (tests check each plan). Composite
 * cursors are `${key}|${id}` (see ../cursor.ts), compared as SQLite row values `(key, id) > (?, ?)`.
 */
import type Database from 'better-sqlite3'
import type { CaseMessage, GrievanceCase, GrievanceStore, JoinResult, Participant, QueueFilter } from '../port'
import { compositeCursor, parseCursor, reporterFirst } from '../cursor'
import { prefixEnd } from './directory'
import { sqliteParticipants, MESSAGE_INSERT, PARTICIPANT_INSERT, PARTICIPANT_SQL } from './grievance-participants'
import { CASE_COLUMN_NAMES, fromCase, fromMessage, fromParticipant, toCase, toParticipant, type CaseRow, type ParticipantRow } from './grievance-rows'
import { clampLimit, pageOf } from './page'
import { sqliteCaseCounts } from './grievance-counts'

const columns = CASE_COLUMN_NAMES
const updated = columns.filter((c) => c !== 'id')

/** Open means not resolved and not closed; the text must equal the partial index's WHERE (migrations.ts). */
const OPEN = "status NOT IN ('resolved', 'closed')"

/**
 * The queue query for one filter shape. The index: a partial one when the filter asks for the few
 * overdue or supervised cases, else the status index when a status is given, else the plain queue
 * index; the remaining filter terms are checked on the rows the index walk yields. Boolean terms are
 * literals (`overdue = 1`), because a partial index is only usable when the query repeats its WHERE.
 */
export function queueSql(filter: QueueFilter): string {
  const index =
    filter.overdue === true
      ? 'grievances_queue_overdue'
      : filter.supervised === true
        ? 'grievances_queue_supervised'
        : filter.status !== undefined
          ? 'grievances_queue_status'
          : 'grievances_queue'
  const terms = ['assigned_org_id = @org']
  if (filter.status !== undefined) terms.push('status = @status')
  if (filter.overdue !== undefined) terms.push(`overdue = ${filter.overdue ? 1 : 0}`)
  if (filter.supervised !== undefined) terms.push(`supervised = ${filter.supervised ? 1 : 0}`)
  terms.push('(accept_by, id) > (@key, @id)')
  return `SELECT * FROM grievances INDEXED BY ${index} WHERE ${terms.join(' AND ')} ORDER BY accept_by, id LIMIT @limit`
}

/** List queries, exported so tests can check their plans use the indexes. */
export const GRIEVANCE_SQL = {
  queue: queueSql,
  supervisedFor: `SELECT * FROM grievances INDEXED BY grievances_supervisor
    WHERE supervisor_org_id = ? AND supervised = 1 AND (accept_by, id) > (?, ?) ORDER BY accept_by, id LIMIT ?`,
  escalateDue: `SELECT * FROM grievances INDEXED BY grievances_escalate_due
    WHERE escalate_at <= ? AND (escalate_at, id) > (?, ?) ORDER BY escalate_at, id LIMIT ?`,
  superviseDue: `SELECT * FROM grievances INDEXED BY grievances_supervise_due
    WHERE supervise_at <= ? AND (supervise_at, id) > (?, ?) ORDER BY supervise_at, id LIMIT ?`,
  openAt: `SELECT * FROM grievances INDEXED BY grievances_open_at
    WHERE enterprise_id = ? AND category = ? AND ${OPEN} ORDER BY affected_count DESC, id LIMIT ?`,
  // The cursor is the only lower bound (see listForStats), so each page seeks to it instead of walking
  // from the window's start. assigned_path is the index's last column: rows outside the subtree are
  // skipped before the table is read.
  forStats: `SELECT * FROM grievances INDEXED BY grievances_created
    WHERE (created_at, id) > (@key, @id) AND created_at < @to
      AND assigned_path >= @prefix AND assigned_path < @prefixEnd
    ORDER BY created_at, id LIMIT @limit`,
  // The same walk over the misses' index; a case with two hops in the subtree has two adjacent entries, so
  // DISTINCT collapses them in index order (no sort), and the page's cases are then read by primary key.
  missedFrom: `SELECT g.* FROM (
      SELECT DISTINCT created_at, case_id FROM grievance_misses INDEXED BY grievance_misses_created
      WHERE (created_at, case_id) > (@key, @id) AND created_at < @to
        AND org_path >= @prefix AND org_path < @prefixEnd
      ORDER BY created_at, case_id LIMIT @limit
    ) m JOIN grievances g ON g.id = m.case_id
    ORDER BY m.created_at, m.case_id`,
  // grievance_misses mirrors missed_paths: rows past its length go, each hop is written if new or changed.
  dropMisses: `DELETE FROM grievance_misses WHERE case_id = ? AND hop >= ?`,
  putMiss: `INSERT INTO grievance_misses (case_id, hop, org_path, created_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (case_id, hop) DO UPDATE SET org_path = excluded.org_path WHERE org_path <> excluded.org_path`,
  insert: `INSERT INTO grievances (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`,
  // Optimistic concurrency: of two writers holding the same version, exactly one matches.
  update: `UPDATE grievances SET ${updated.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id AND version = @expected`,
}

const queueKey = (c: GrievanceCase) => compositeCursor(c.acceptBy, c.id)

export function sqliteGrievances(db: Database.Database): GrievanceStore {
  const insertCase = db.prepare(GRIEVANCE_SQL.insert)
  const insertParticipant = db.prepare(PARTICIPANT_INSERT)
  const updateCase = db.prepare(GRIEVANCE_SQL.update)
  const byId = db.prepare<[string], CaseRow>('SELECT * FROM grievances WHERE id = ?')
  const byReceipt = db.prepare<[string], CaseRow>('SELECT * FROM grievances WHERE receipt_hash = ?')
  const versionOf = db.prepare<[string], { version: number }>('SELECT version FROM grievances WHERE id = ?')
  const byRequestKey = db.prepare<[string], { n: number }>('SELECT 1 AS n FROM grievance_participants WHERE request_key = ?')
  const onCase = db.prepare<[string, string], { n: number }>('SELECT 1 AS n FROM grievance_participants WHERE case_id = ? AND reporter_key = ?')
  const participantsOf = db.prepare<[string], ParticipantRow>(PARTICIPANT_SQL.byCase)
  const insertMessage = db.prepare(MESSAGE_INSERT)
  const messageKeyOnCase = db.prepare<[string, string], { n: number }>('SELECT 1 AS n FROM grievance_messages WHERE request_key = ? AND case_id = ?')
  const supervisedFor = db.prepare<[string, string, string, number], CaseRow>(GRIEVANCE_SQL.supervisedFor)
  const due = {
    escalate: db.prepare<[string, string, string, number], CaseRow>(GRIEVANCE_SQL.escalateDue),
    supervise: db.prepare<[string, string, string, number], CaseRow>(GRIEVANCE_SQL.superviseDue),
  }
  const openAt = db.prepare<[string, string, number], CaseRow>(GRIEVANCE_SQL.openAt)
  const forStats = db.prepare<[Record<string, string | number>], CaseRow>(GRIEVANCE_SQL.forStats)
  const missedFrom = db.prepare<[Record<string, string | number>], CaseRow>(GRIEVANCE_SQL.missedFrom)
  const caseCounts = sqliteCaseCounts(db)
  const dropMisses = db.prepare<[string, number]>(GRIEVANCE_SQL.dropMisses)
  const putMiss = db.prepare<[string, number, string, string]>(GRIEVANCE_SQL.putMiss)
  const queues = new Map<string, Database.Statement<[Record<string, string | number>], CaseRow>>()
  const queueStatement = (filter: QueueFilter) => {
    const sql = queueSql(filter)
    let statement = queues.get(sql)
    if (!statement) queues.set(sql, (statement = db.prepare<[Record<string, string | number>], CaseRow>(sql)))
    return statement
  }

  const saveMisses = (c: GrievanceCase) => {
    dropMisses.run(c.id, c.missedPaths.length)
    c.missedPaths.forEach((path, hop) => putMiss.run(c.id, hop, path, c.createdAt))
  }

  // The participant goes first: when its requestKey exists (a retried submission), nothing is written.
  const create = db.transaction((c: GrievanceCase, reporter: Participant) => {
    if (insertParticipant.run(fromParticipant(reporter)).changes === 0) return false
    insertCase.run(fromCase(c))
    saveMisses(c)
    return true
  })
  // A lost race writes nothing, misses included.
  const update = db.transaction((c: GrievanceCase) => {
    if (updateCase.run({ ...fromCase(c), expected: c.version - 1 }).changes !== 1) return false
    saveMisses(c)
    return true
  })
  // The checks first (in CloudBase's order: the conditional update, then the unique index), then both writes: the
  // transaction holds the one writer, so nothing changes in between, and a failure in either write undoes both.
  const join = db.transaction((c: GrievanceCase, joiner: Participant): JoinResult => {
    if (versionOf.get(c.id)?.version !== c.version - 1 || onCase.get(c.id, joiner.reporterKey)) return 'stale'
    if (byRequestKey.get(joiner.requestKey)) return 'duplicate'
    if (!update(c)) throw new Error(`case ${c.id} changed inside its join`)
    insertParticipant.run(fromParticipant(joiner))
    return 'joined'
  })

  // CloudBase's conditions in its order (the version, then the reply's key on the case), then both writes: a failure
  // in either undoes both.
  const updateWithMessage = db.transaction((c: GrievanceCase, m: CaseMessage) => {
    if (m.requestKey && messageKeyOnCase.get(m.requestKey, c.id)) return false
    if (!update(c)) return false
    if (insertMessage.run(fromMessage({ ...m, caseId: c.id })).changes !== 1) throw new Error(`message ${m.id} not written with case ${c.id}`)
    return true
  })

  /** One statistics page: the cursor is the only lower bound, the window's start folded into it. */
  function windowPage(statement: typeof forStats, pathPrefix: string, from: string, to: string, after: string | undefined, limit: number) {
    const size = clampLimit(limit)
    const cursor = parseCursor(after)
    // The window starts at (from, ''): every id is greater than ''.
    const { key, id } = cursor.key < from ? { key: from, id: '' } : cursor
    // An empty prefix is the whole tree (paths are ASCII, all below U+FFFF).
    const end = pathPrefix === '' ? '\uffff' : prefixEnd(pathPrefix)
    const rows = statement.all({ to, key, id, prefix: pathPrefix, prefixEnd: end, limit: size })
    return pageOf(rows.map(toCase), size, (c) => compositeCursor(c.createdAt, c.id))
  }

  return {
    async create(c, reporter) {
      return create(c, reporter)
    },
    async get(id) {
      const row = byId.get(id)
      return row ? toCase(row) : null
    },
    async getWithParticipants(id) {
      const row = byId.get(id)
      return row ? { c: toCase(row), participants: reporterFirst(participantsOf.all(id).map(toParticipant)) } : null
    },
    async join(c, joiner) {
      return join(c, joiner)
    },
    async getWithParticipantsByReceiptHash(hash) {
      const row = byReceipt.get(hash)
      if (!row) return null
      const c = toCase(row)
      return { c, participants: reporterFirst(participantsOf.all(c.id).map(toParticipant)) }
    },
    async update(c) {
      return update(c)
    },
    async updateWithMessage(c, m) {
      return updateWithMessage(c, m)
    },
    async listQueue(orgId, filter, after, limit) {
      const size = clampLimit(limit)
      const { key, id } = parseCursor(after)
      const params: Record<string, string | number> = { org: orgId, key, id, limit: size }
      if (filter.status !== undefined) params.status = filter.status
      return pageOf(queueStatement(filter).all(params).map(toCase), size, queueKey)
    },
    async listSupervisedFor(orgId, after, limit) {
      const size = clampLimit(limit)
      const { key, id } = parseCursor(after)
      return pageOf(supervisedFor.all(orgId, key, id, size).map(toCase), size, queueKey)
    },
    async listDue(kind, now, after, limit) {
      const size = clampLimit(limit)
      const { key, id } = parseCursor(after)
      const dueKey = (c: GrievanceCase) => compositeCursor((kind === 'escalate' ? c.escalateAt : c.superviseAt) ?? '', c.id)
      return pageOf(due[kind].all(now, key, id, size).map(toCase), size, dueKey)
    },
    async listOpenAt(enterpriseId, category, limit) {
      return openAt.all(enterpriseId, category, clampLimit(limit)).map(toCase)
    },
    async listForStats(pathPrefix, from, to, after, limit) {
      return windowPage(forStats, pathPrefix, from, to, after, limit)
    },
    async listMissedFrom(pathPrefix, from, to, after, limit) {
      return windowPage(missedFrom, pathPrefix, from, to, after, limit)
    },
    async countsByEnterprise(q) {
      // From the town's counters (migration 018, grievance-counts.ts), not a walk over its cases.
      return caseCounts.countsByEnterprise(q)
    },
    ...sqliteParticipants(db),
  }
}
