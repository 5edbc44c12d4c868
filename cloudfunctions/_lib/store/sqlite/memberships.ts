/**
 * Membership applications and members on SQLite. Uniqueness lives in the schema (migrations.ts): the
 * request key is UNIQUE, partial unique indexes allow one pending application per account (holder_key), one
 * pending non-flagged application per idHash and one current (active or suspended) member per idHash, the
 * member number is UNIQUE. Each create (and a join's approval: member and application) is one transaction that
 * checks the port's rules — also the reservations a pending join makes (membership-port.ts) — then inserts, so
 * racing creates cannot both land.
 * Every list is a keyset page over an index named with INDEXED BY (tests check each plan).
 */
import type Database from 'better-sqlite3'
import type { Application, ApplicationQueueFilter, ApproveJoinResult, CreateApplicationResult, HolderMembership, Member, MembershipStore } from '../port'
import { compositeCursor, parseCursor } from '../cursor'
import { APPLICATION_ROWS, insertSql, MEMBER_ROWS, updateSql, type Row } from './membership-rows'
import { clampLimit, pageOf } from './page'

/** Current memberships; the text must equal the partial index's WHERE (migrations.ts). */
const CURRENT = "status IN ('active', 'suspended')"
const CURRENT_STATUSES: readonly string[] = ['active', 'suspended']
/** Above every id (ids are ASCII): the first page of a newest-first list. */
const TOP = '\uffff'

/**
 * The queue query for one filter shape: the overdue partial index when only overdue ones are asked,
 * else the status index when a status is given, else the plain queue index; the remaining filter terms
 * are checked on the rows the index walk yields. `overdue` is a literal so the partial index applies.
 */
export function applicationQueueSql(filter: ApplicationQueueFilter): string {
  const index =
    filter.overdue === true
      ? 'membership_applications_queue_overdue'
      : filter.status !== undefined
        ? 'membership_applications_queue_status'
        : 'membership_applications_queue'
  const terms = ['assigned_org_id = @org']
  if (filter.status !== undefined) terms.push('status = @status')
  if (filter.overdue !== undefined) terms.push(`overdue = ${filter.overdue ? 1 : 0}`)
  terms.push('(review_by, id) > (@key, @id)')
  return `SELECT * FROM membership_applications INDEXED BY ${index} WHERE ${terms.join(' AND ')} ORDER BY review_by, id LIMIT @limit`
}

/** Statements, exported so tests can check their plans use the indexes. */
export const MEMBERSHIP_SQL = {
  queue: applicationQueueSql,
  // Decided applications have no escalateAt (so are outside the partial index); `status` is a guard.
  due: `SELECT * FROM membership_applications INDEXED BY membership_applications_escalate_due
    WHERE escalate_at <= ? AND status = 'pending' AND (escalate_at, id) > (?, ?) ORDER BY escalate_at, id LIMIT ?`,
  // The text after WHERE must imply the partial index's WHERE (migrations.ts) for the planner to use it.
  pendingByIdHash: `SELECT * FROM membership_applications INDEXED BY membership_applications_pending
    WHERE id_hash = ? AND status = 'pending' AND identity_conflict = 0`,
  pendingByHolder: `SELECT id, kind FROM membership_applications INDEXED BY membership_applications_pending_holder
    WHERE holder_key = ? AND status = 'pending'`,
  byApplicant: `SELECT * FROM membership_applications INDEXED BY membership_applications_applicant
    WHERE applicant_key = ? AND id < ? ORDER BY id DESC LIMIT ?`,
  currentByIdHash: `SELECT * FROM members INDEXED BY members_current WHERE id_hash = ? AND ${CURRENT}`,
  currentByHolder: `SELECT * FROM members INDEXED BY members_holder WHERE holder_key = ? AND ${CURRENT} ORDER BY id DESC LIMIT 1`,
  latestByHolder: `SELECT * FROM members INDEXED BY members_holder WHERE holder_key = ? ORDER BY id DESC LIMIT 1`,
  byOrg: `SELECT * FROM members INDEXED BY members_org WHERE org_id = ? AND member_no > ? ORDER BY member_no LIMIT ?`,
  insertApplication: insertSql('membership_applications', APPLICATION_ROWS.columns),
  updateApplication: updateSql('membership_applications', APPLICATION_ROWS.columns),
  insertMember: insertSql('members', MEMBER_ROWS.columns),
  updateMember: updateSql('members', MEMBER_ROWS.columns),
  nextSeq: 'UPDATE member_seq SET value = value + 1 WHERE id = 1 RETURNING value',
}

const queueKey = (a: Application) => compositeCursor(a.reviewBy, a.id)
const dueKey = (a: Application) => compositeCursor(a.escalateAt ?? '', a.id)

export function sqliteMemberships(db: Database.Database): MembershipStore {
  const one = <T>(sql: string, map: (row: Row) => T) => {
    const statement = db.prepare<unknown[], Row>(sql)
    return (...params: unknown[]): T | null => {
      const row = statement.get(...params)
      return row ? map(row) : null
    }
  }
  const toApplication = APPLICATION_ROWS.toRecord
  const toMember = MEMBER_ROWS.toRecord
  const application = one('SELECT * FROM membership_applications WHERE id = ?', toApplication)
  const applicationByRequestKey = one('SELECT * FROM membership_applications WHERE request_key = ?', toApplication)
  const pendingByIdHash = one(MEMBERSHIP_SQL.pendingByIdHash, toApplication)
  const pendingByHolder = one(MEMBERSHIP_SQL.pendingByHolder, (row) => ({ id: String(row.id), kind: String(row.kind) }))
  const member = one('SELECT * FROM members WHERE id = ?', toMember)
  const memberByNo = one('SELECT * FROM members WHERE member_no = ?', toMember)
  const currentByIdHash = one(MEMBERSHIP_SQL.currentByIdHash, toMember)
  const currentByHolder = one(MEMBERSHIP_SQL.currentByHolder, toMember)
  const latestByHolder = one(MEMBERSHIP_SQL.latestByHolder, toMember)
  const insertApplication = db.prepare(MEMBERSHIP_SQL.insertApplication)
  const updateApplication = db.prepare(MEMBERSHIP_SQL.updateApplication)
  const insertMember = db.prepare(MEMBERSHIP_SQL.insertMember)
  const updateMember = db.prepare(MEMBERSHIP_SQL.updateMember)
  const due = db.prepare<[string, string, string, number], Row>(MEMBERSHIP_SQL.due)
  const byApplicant = db.prepare<[string, string, number], Row>(MEMBERSHIP_SQL.byApplicant)
  const byOrg = db.prepare<[string, string, number], Row>(MEMBERSHIP_SQL.byOrg)
  const nextSeq = db.prepare<[], { value: number }>(MEMBERSHIP_SQL.nextSeq)
  const queues = new Map<string, Database.Statement<[Record<string, string | number>], Row>>()
  const queueStatement = (filter: ApplicationQueueFilter) => {
    const sql = applicationQueueSql(filter)
    let statement = queues.get(sql)
    if (!statement) queues.set(sql, (statement = db.prepare<[Record<string, string | number>], Row>(sql)))
    return statement
  }

  /** Why a current member `m` may not be stored: its person or account is current or reserved by another record's pending join. */
  function memberRefusal(m: Member): 'IDENTITY_TAKEN' | 'HOLDER_MEMBER' | null {
    if (!CURRENT_STATUSES.includes(m.status)) return null
    const byPerson = currentByIdHash(m.idHash)
    const reservedPerson = pendingByIdHash(m.idHash)
    if ((byPerson && byPerson.id !== m.id) || (reservedPerson && reservedPerson.kind === 'join' && reservedPerson.id !== m.id)) return 'IDENTITY_TAKEN'
    const byAccount = currentByHolder(m.holderKey)
    const reservedAccount = pendingByHolder(m.holderKey)
    if ((byAccount && byAccount.id !== m.id) || (reservedAccount && reservedAccount.kind === 'join' && reservedAccount.id !== m.id)) return 'HOLDER_MEMBER'
    return null
  }

  // Each a transaction: its checks and its writes run as one (better-sqlite3 is synchronous; the partial unique
  // indexes stay the backstop).
  const createApplication = db.transaction((a: Application): CreateApplicationResult => {
    const existing = applicationByRequestKey(a.requestKey)
    if (existing) return { ok: false, reason: 'DUPLICATE_REQUEST', existingId: existing.id }
    if (a.status === 'pending') {
      const join = a.kind === 'join'
      if (join && currentByHolder(a.holderKey)) return { ok: false, reason: 'HOLDER_MEMBER' }
      if (pendingByHolder(a.holderKey)) return { ok: false, reason: 'HOLDER_PENDING' }
      if (!a.identityConflict && pendingByIdHash(a.idHash)) return { ok: false, reason: 'ALREADY_APPLIED' }
      if (join && !a.identityConflict && currentByIdHash(a.idHash)) return { ok: false, reason: 'ALREADY_MEMBER' }
    }
    if (insertApplication.run(APPLICATION_ROWS.fromRecord(a)).changes === 1) return { ok: true }
    if (application(a.id)) throw new Error(`membership application ${a.id} already exists`)
    throw new Error(`membership application ${a.id} was refused by a uniqueness the checks missed`)
  })
  const createMember = db.transaction((m: Member): boolean => {
    if (memberRefusal(m)) return false
    return insertMember.run(MEMBER_ROWS.fromRecord(m)).changes === 1
  })
  const approveJoin = db.transaction((a: Application, m: Member): ApproveJoinResult => {
    if (m.id !== a.id) throw new Error(`a join's member takes its application's id (${m.id} ≠ ${a.id})`)
    if (application(a.id)?.version !== a.version - 1) return { ok: false, reason: 'CONFLICT' }
    const stored = member(m.id)
    if (!stored) {
      const refused = memberRefusal(m)
      if (refused) return { ok: false, reason: refused === 'IDENTITY_TAKEN' ? 'IDENTITY_TAKEN' : 'HOLDER_MEMBER' }
      if (memberByNo(m.memberNo)) return { ok: false, reason: 'NUMBER_TAKEN' }
      if (insertMember.run(MEMBER_ROWS.fromRecord(m)).changes !== 1) throw new Error(`member ${m.id} was refused by a uniqueness the checks missed`)
    } else if (stored.applicationId !== a.id) {
      throw new Error(`member ${m.id} belongs to another application`)
    }
    // Checked above, inside this transaction: the update matches.
    updateApplication.run({ ...APPLICATION_ROWS.fromRecord(a), expected: a.version - 1 })
    return { ok: true, member: stored ?? m }
  })

  // One read transaction: the three look-ups see one state.
  const holderMembership = db.transaction((holderKey: string): HolderMembership => {
    const m = currentByHolder(holderKey) ?? latestByHolder(holderKey)
    const pendingRef = pendingByHolder(holderKey)
    const joined = m ? application(m.applicationId) : null
    return { member: m, idConsent: joined?.consents.idNumber ?? null, pending: pendingRef ? application(pendingRef.id) : null }
  })

  return {
    async createApplication(a) {
      return createApplication(a)
    },
    async getApplication(id) {
      return application(id)
    },
    async getPendingApplication(idHash) {
      return pendingByIdHash(idHash)
    },
    async getApplicationByRequestKey(requestKey) {
      return applicationByRequestKey(requestKey)
    },
    async updateApplication(a) {
      return updateApplication.run({ ...APPLICATION_ROWS.fromRecord(a), expected: a.version - 1 }).changes === 1
    },
    async listQueue(orgId, filter, after, limit) {
      const size = clampLimit(limit)
      const { key, id } = parseCursor(after)
      const params: Record<string, string | number> = { org: orgId, key, id, limit: size }
      if (filter.status !== undefined) params.status = filter.status
      return pageOf(queueStatement(filter).all(params).map(toApplication), size, queueKey)
    },
    async listDue(now, after, limit) {
      const size = clampLimit(limit)
      const { key, id } = parseCursor(after)
      return pageOf(due.all(now, key, id, size).map(toApplication), size, dueKey)
    },
    async listByApplicant(applicantKey, after, limit) {
      const size = clampLimit(limit)
      return pageOf(byApplicant.all(applicantKey, after ?? TOP, size).map(toApplication), size, (a) => a.id)
    },

    async createMember(m) {
      return createMember(m)
    },
    async approveJoin(a, m) {
      return approveJoin(a, m)
    },
    async getMember(id) {
      return member(id)
    },
    async getMemberByIdHash(idHash) {
      return currentByIdHash(idHash)
    },
    async getMemberByHolder(holderKey) {
      return currentByHolder(holderKey) ?? latestByHolder(holderKey)
    },
    async getHolderMembership(holderKey) {
      return holderMembership(holderKey)
    },
    async getMemberByNo(memberNo) {
      return memberByNo(memberNo)
    },
    async updateMember(m: Member) {
      return updateMember.run({ ...MEMBER_ROWS.fromRecord(m), expected: m.version - 1 }).changes === 1
    },
    async listMembers(orgId, after, limit) {
      const size = clampLimit(limit)
      return pageOf(byOrg.all(orgId, after ?? '', size).map(toMember), size, (m) => m.memberNo)
    },
    async nextMemberSeq() {
      const row = nextSeq.get()
      if (!row) throw new Error('member_seq has no row (migration not applied?)')
      return row.value
    },
  }
}
