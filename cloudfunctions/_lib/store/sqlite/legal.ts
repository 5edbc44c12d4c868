/**
 * Legal help on SQLite (issue 11): consultations and aid applications as JSON documents with indexed columns
 * (legal-rows.ts), the knowledge base (legal-articles.ts), wage parameters and limitation reminders.
 * Uniqueness is the schema's (request_key, receipt_hash UNIQUE), so each create is one
 * `INSERT … ON CONFLICT DO NOTHING`; updates are version-guarded; every list is a keyset page over an
 * index named with INDEXED BY (tests check each plan).
 */
import type Database from 'better-sqlite3'
import type { AidApplication, Consultation, LegalParameters, LegalStore } from '../legal-port'
import { compositeCursor, parseCursor } from '../cursor'
import { prefixEnd } from './directory'
import { sqliteArticles } from './legal-articles'
import { aidRow, consultationRow, LEGAL_SQL, PAUSED_KEY, reminderRow, toReminder, type DocRow, type ReminderRow } from './legal-rows'
import { clampLimit, pageOf } from './page'

/** Above every time: the first page of a newest-first list. */
const TOP = '\uffff'

type Params = Record<string, string | number>

/** A statistics window's parameters: the cursor is the only lower bound, the window's start folded into it. */
function windowParams(pathPrefix: string, from: string, to: string, after: string | undefined, size: number): Params {
  const cursor = parseCursor(after)
  // The window starts at (from, ''): every id is greater than ''.
  const { key, id } = cursor.key < from ? { key: from, id: '' } : cursor
  // An empty prefix is the whole tree (paths are ASCII, all below U+FFFF).
  const end = pathPrefix === '' ? TOP : prefixEnd(pathPrefix)
  return { to, key, id, prefix: pathPrefix, prefixEnd: end, limit: size }
}

export function sqliteLegal(db: Database.Database): LegalStore {
  const one = <T>(sql: string) => {
    const statement = db.prepare<[string | number], DocRow>(sql)
    return (key: string | number): T | null => {
      const row = statement.get(key)
      return row ? (JSON.parse(row.doc) as T) : null
    }
  }
  const many = <T>(sql: string) => {
    const statement = db.prepare<[Params], DocRow>(sql)
    return (params: Params): T[] => statement.all(params).map((row) => JSON.parse(row.doc) as T)
  }
  const S = LEGAL_SQL
  const consultation = one<Consultation>(S.consultationById)
  const consultationByRequestKey = one<Consultation>(S.consultationByRequestKey)
  const consultationByReceipt = one<Consultation>(S.consultationByReceipt)
  const queue = many<Consultation>(S.consultationQueue)
  const queueStatus = many<Consultation>(S.consultationQueueStatus)
  const byAsker = many<Consultation>(S.consultationsByAsker)
  const consultationsDue = many<Consultation>(S.consultationsDue)
  const consultationsForStats = many<Consultation>(S.consultationsForStats)
  const aid = one<AidApplication>(S.aidById)
  const aidByRequestKey = one<AidApplication>(S.aidByRequestKey)
  const aidQueue = many<AidApplication>(S.aidQueue)
  const aidByApplicant = many<AidApplication>(S.aidByApplicant)
  const aidDue = many<AidApplication>(S.aidDue)
  const aidForStats = many<AidApplication>(S.aidForStats)
  const parameters = one<LegalParameters>(S.parameters)
  const insertConsultation = db.prepare(S.insertConsultation)
  const updateConsultation = db.prepare(S.updateConsultation)
  const dropMisses = db.prepare<[string, string]>(S.dropMisses)
  const putMisses = db.prepare<[string, string, string]>(S.putMisses)
  const insertAid = db.prepare(S.insertAid)
  const updateAid = db.prepare(S.updateAid)
  const putParameters = db.prepare<[number, string]>(S.putParameters)
  const insertReminder = db.prepare(S.insertReminder)
  const remindersDue = db.prepare<[Params], ReminderRow>(S.remindersDue)
  const markSent = db.prepare<[string, string]>(S.markReminderSent)

  /** legal_consultation_misses follows the record's missedOrgIds (dropped ones go, new ones come). */
  const saveMisses = (c: Consultation) => {
    const orgs = JSON.stringify(c.missedOrgIds)
    dropMisses.run(c.id, orgs)
    if (c.missedOrgIds.length > 0) putMisses.run(c.id, c.createdAt, orgs)
  }
  const createConsultation = db.transaction((c: Consultation): boolean => {
    if (insertConsultation.run(consultationRow(c)).changes === 0) {
      if (consultationByRequestKey(c.requestKey)) return false // a retry
      throw new Error(`consultation ${c.id}: its id or receipt is taken`)
    }
    saveMisses(c)
    return true
  })
  // A lost race writes nothing, misses included.
  const replaceConsultation = db.transaction((c: Consultation): boolean => {
    if (updateConsultation.run({ ...consultationRow(c), expected: c.version - 1 }).changes !== 1) return false
    saveMisses(c)
    return true
  })
  const addReminders = db.transaction((rows: ReturnType<typeof reminderRow>[]) => {
    for (const row of rows) insertReminder.run(row)
  })

  /** Keyset parameters: ascending lists start below every key, newest-first ones above. */
  const asc = (after: string | undefined, size: number): Params => ({ ...parseCursor(after), limit: size })
  const desc = (after: string | undefined, size: number): Params => ({ ...(after === undefined ? { key: TOP, id: '' } : parseCursor(after)), limit: size })
  const created = (r: { createdAt: string; id: string }) => compositeCursor(r.createdAt, r.id)

  return {
    async createConsultation(c) {
      return createConsultation(c)
    },
    async getConsultation(id) {
      return consultation(id)
    },
    async getConsultationByRequestKey(requestKey) {
      return consultationByRequestKey(requestKey)
    },
    async getConsultationByReceipt(receiptHash) {
      return consultationByReceipt(receiptHash)
    },
    async updateConsultation(c) {
      return replaceConsultation(c)
    },
    async listConsultationQueue(orgId, filter, after, limit) {
      const size = clampLimit(limit)
      const params = { ...asc(after, size), org: orgId }
      const items = filter.status === undefined ? queue(params) : queueStatus({ ...params, status: filter.status })
      return pageOf(items, size, (c) => compositeCursor(c.answerBy, c.id))
    },
    async listConsultationsByAsker(askerKey, after, limit) {
      const size = clampLimit(limit)
      return pageOf(byAsker({ ...desc(after, size), owner: askerKey }), size, created)
    },
    async listConsultationsDue(now, after, limit) {
      const size = clampLimit(limit)
      return pageOf(consultationsDue({ ...asc(after, size), now }), size, (c) => compositeCursor(c.escalateAt ?? '', c.id))
    },
    async listConsultationsForStats(pathPrefix, orgId, from, to, after, limit) {
      const size = clampLimit(limit)
      return pageOf(consultationsForStats({ ...windowParams(pathPrefix, from, to, after, size), org: orgId }), size, created)
    },

    ...sqliteArticles(db),

    async putParameters(p) {
      putParameters.run(p.year, JSON.stringify(p))
    },
    async getParameters(year) {
      return parameters(year)
    },

    async createAid(a) {
      if (insertAid.run(aidRow(a)).changes === 1) return true
      if (aidByRequestKey(a.requestKey)) return false // a retry
      throw new Error(`aid application ${a.id} already exists`)
    },
    async getAid(id) {
      return aid(id)
    },
    async getAidByRequestKey(requestKey) {
      return aidByRequestKey(requestKey)
    },
    async updateAid(a) {
      return updateAid.run({ ...aidRow(a), expected: a.version - 1 }).changes === 1
    },
    async listAidQueue(orgId, after, limit) {
      const size = clampLimit(limit)
      return pageOf(aidQueue({ ...asc(after, size), org: orgId }), size, (a) => compositeCursor(a.decideBy ?? PAUSED_KEY, a.id))
    },
    async listAidByApplicant(applicantKey, after, limit) {
      const size = clampLimit(limit)
      return pageOf(aidByApplicant({ ...desc(after, size), owner: applicantKey }), size, created)
    },
    async listAidDue(now, after, limit) {
      const size = clampLimit(limit)
      return pageOf(aidDue({ ...asc(after, size), now }), size, (a) => compositeCursor(a.escalateAt ?? '', a.id))
    },
    async listAidForStats(pathPrefix, from, to, after, limit) {
      const size = clampLimit(limit)
      return pageOf(aidForStats(windowParams(pathPrefix, from, to, after, size)), size, created)
    },

    async addReminders(rs) {
      addReminders(rs.map(reminderRow))
    },
    async listRemindersDue(day, after, limit) {
      const size = clampLimit(limit)
      const items = remindersDue.all({ ...asc(after, size), day }).map(toReminder)
      return pageOf(items, size, (r) => compositeCursor(r.dueDay, r.id))
    },
    async markReminderSent(id, at) {
      return markSent.run(at, id).changes === 1
    },
  }
}
