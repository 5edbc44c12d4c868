/**
 * The wage-arrears zero-report on CloudBase (issue 13). Collections `arrears_reports` (`_id` = `${enterpriseId}:${month}`)
 * and `arrears_reminders` (`_id` = what was sent); indexes in collections.ts. Every method is one request, but the
 * board's read, which is one per 1,000 reports of the town's month.
 */
import type { ArrearsStore, BoardReport } from '../arrears-port'
import { getDoc, isDuplicateWrite, MAX_QUERY, type Db, type Doc } from './db'
import { BOARD_PROJECTION, reportDoc, toBoardReport, toReport } from './arrears-docs'
import { replaceFields } from './membership-docs'

const REPORTS = 'arrears_reports'
const REMINDERS = 'arrears_reminders'

export function cloudbaseArrears(db: Db): ArrearsStore {
  const _ = db.command
  /** Insert `doc`: false when its `_id` exists. */
  async function insert(collection: string, doc: Doc): Promise<boolean> {
    try {
      await db.collection(collection).add(doc)
      return true
    } catch (error) {
      if (isDuplicateWrite(error)) return false
      throw error
    }
  }
  /** A town's month board, in pages of 1,000 with the board's fields only. */
  async function listTownMonth(townId: string, month: string): Promise<BoardReport[]> {
    const out: BoardReport[] = []
    let after: string | undefined
    for (;;) {
      const where = after === undefined ? { townId, month } : { townId, month, _id: _.gt(after) }
      const res = await db.collection(REPORTS).where(where).field(BOARD_PROJECTION).orderBy('_id', 'asc').limit(MAX_QUERY).get()
      const docs = res.data as Doc[]
      out.push(...docs.map(toBoardReport))
      if (docs.length < MAX_QUERY) return out
      after = docs[docs.length - 1]._id
    }
  }

  return {
    async getReport(id) {
      const doc = await getDoc(db, REPORTS, id)
      return doc ? toReport(doc) : null
    },
    async saveReport(r) {
      if (r.version === 1) return insert(REPORTS, reportDoc(r))
      const res = await db.collection(REPORTS).where({ _id: r.id, version: r.version - 1 }).update(replaceFields(db, reportDoc(r)))
      return res.updated === 1
    },
    listTownMonth,
    async listTownMonthFilers(townId, month) {
      // The board's reads (the same requests), kept to the ids.
      const reports = await listTownMonth(townId, month)
      return { filed: reports.map((r) => r.enterpriseId), arrears: reports.filter((r) => r.arrears !== null).map((r) => r.enterpriseId) }
    },
    async listByEnterprise(enterpriseId, limit) {
      const res = await db.collection(REPORTS).where({ enterpriseId }).orderBy('month', 'desc').limit(Math.min(100, Math.max(1, limit))).get()
      return (res.data as Doc[]).map(toReport)
    },
    async markReminder(key, at) {
      return insert(REMINDERS, { _id: key, sentAt: at })
    },
    async hasReminder(key) {
      return (await getDoc(db, REMINDERS, key)) !== null
    },
  }
}
