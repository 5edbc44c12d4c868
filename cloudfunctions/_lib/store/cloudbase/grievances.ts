/**
 * Grievance cases on CloudBase. Collection `grievances` (`_id` = case id), each document embedding its
 * participants (decision 0021) and its messages (decision 0024: grievance-docs.ts); indexes in collections.ts. Every list is a keyset page
 * ordered the way one of those indexes is, and reads the case fields only.
 */
import type { GrievanceCase, GrievanceStore, Participant, QueueFilter } from '../port'
import { compositeCursor } from '../cursor'
import { clampLimit, escapeRegExp, isDuplicateWrite, MAX_QUERY, pageOf, type Db, type Doc } from './db'
import { tallyGroups, type CaseGroup } from '../../domain/radar/signals'
import { cloudbaseParticipants } from './grievance-participants'
import { CASE_ONLY, caseDoc, caseFields, participantEntry, pushMessage, toCase, withParticipants, WITHOUT_THREAD } from './grievance-docs'
import { allOf, afterCursor, compositePage, type Where } from './keyset'

const queueKey = (c: GrievanceCase) => compositeCursor(c.acceptBy, c.id)
/** What the radar's pass reads of a case (the rest stays on the server). */
const RADAR_FIELDS = { _id: true, createdAt: true, enterpriseId: true, category: true, affectedCount: true, participantCount: true, strictPrivacy: true }

/** The queue's equality conditions; indexes (assignedOrgId[, status|overdue|supervised], acceptBy, _id) serve them. */
function queueWhere(orgId: string, filter: QueueFilter): Where {
  const where: Where = { assignedOrgId: orgId }
  if (filter.status !== undefined) where.status = filter.status
  if (filter.overdue !== undefined) where.overdue = filter.overdue
  if (filter.supervised !== undefined) where.supervised = filter.supervised
  return where
}

export function cloudbaseGrievances(db: Db): GrievanceStore {
  const _ = db.command
  const cases = () => db.collection('grievances')

  /**
   * The case with its reporter embedded: one insert, both or neither. The unique multikey index on `requestKeys`
   * refuses a retried submission; a clash is told apart from another index's (a receipt or id collision, thrown)
   * by one read, on that rare path only. A lost reply to the insert reaches the caller as an error; the client's
   * retry then gets false and finds the case by its requestKey.
   */
  async function create(c: GrievanceCase, reporter: Participant): Promise<boolean> {
    try {
      await cases().add(caseDoc(c, reporter))
      return true
    } catch (error) {
      if (!isDuplicateWrite(error)) throw error
      const holder = await cases().where({ requestKeys: reporter.requestKey }).field({ _id: true }).limit(1).get()
      if ((holder.data as Doc[]).length > 0) return false
      throw error
    }
  }

  /**
   * The joiner pushed onto the case and the case replaced, in one conditional single-document update: on the
   * version the caller read, and only while the case does not hold this worker (a racing copy of the same join).
   */
  async function join(c: GrievanceCase, joiner: Participant) {
    try {
      const res = await cases()
        .where({ _id: c.id, version: c.version - 1, participantKeys: _.neq(joiner.reporterKey) })
        .update({
          ...caseFields(c),
          participants: _.push({ each: [participantEntry(joiner)] }),
          requestKeys: _.push({ each: [joiner.requestKey] }),
          participantKeys: _.push({ each: [joiner.reporterKey] }),
        })
      return res.updated === 1 ? ('joined' as const) : ('stale' as const)
    } catch (error) {
      // The unique `requestKeys`: the request key is another case's participant's already.
      if (isDuplicateWrite(error)) return 'duplicate' as const
      throw error
    }
  }

  /**
   * One statistics page: cases whose `field` (a path, or an array of paths: a regex matches any element)
   * starts with the case-sensitive anchored prefix, in the createdAt window; the cursor is another bound.
   */
  async function windowPage(field: 'assignedPath' | 'missedPaths', pathPrefix: string, from: string, to: string, after: string | undefined, limit: number) {
    const size = clampLimit(limit)
    const where = allOf(
      db,
      { [field]: db.RegExp({ regexp: `^${escapeRegExp(pathPrefix)}` }), createdAt: _.gte(from).and(_.lt(to)) },
      afterCursor(db, 'createdAt', after),
    )
    const res = await cases().where(where).orderBy('createdAt', 'asc').orderBy('_id', 'asc').field(CASE_ONLY).limit(size).get()
    return pageOf((res.data as Doc[]).map(toCase), size, (c) => compositeCursor(c.createdAt, c.id))
  }

  async function page(where: Where, key: string, after: string | undefined, size: number): Promise<GrievanceCase[]> {
    return (await compositePage(db, 'grievances', where, key, after, size, CASE_ONLY)).map(toCase)
  }

  return {
    create,
    join,
    async get(id) {
      const doc = ((await cases().doc(id).field(CASE_ONLY).get()).data as Doc[])[0]
      return doc ? toCase(doc) : null
    },
    async getWithParticipants(id) {
      const doc = ((await cases().doc(id).field(WITHOUT_THREAD).get()).data as Doc[])[0]
      return doc ? withParticipants(doc) : null
    },
    async getWithParticipantsByReceiptHash(hash) {
      // The unique index on receiptHash: one document at most, its participants embedded.
      const doc = ((await cases().where({ receiptHash: hash }).field(WITHOUT_THREAD).limit(1).get()).data as Doc[])[0]
      return doc ? withParticipants(doc) : null
    },
    async update(c) {
      // One conditional single-document update: of two writers holding the same version, exactly one matches.
      const res = await cases().where({ _id: c.id, version: c.version - 1 }).update(caseFields(c))
      return res.updated === 1
    },
    async updateWithMessage(c, m) {
      // The case replaced and the message pushed in one conditional single-document update (both or neither): on
      // the version the caller read, and only while the case holds no message under the reply's request key.
      const where = { _id: c.id, version: c.version - 1, ...(m.requestKey ? { messageRequestKeys: _.neq(m.requestKey) } : {}) }
      const res = await cases().where(where).update({ ...caseFields(c), ...pushMessage(_, { ...m, caseId: c.id }) })
      return res.updated === 1
    },
    async listQueue(orgId, filter, after, limit) {
      const size = clampLimit(limit)
      return pageOf(await page(queueWhere(orgId, filter), 'acceptBy', after, size), size, queueKey)
    },
    async listSupervisedFor(orgId, after, limit) {
      const size = clampLimit(limit)
      return pageOf(await page({ supervisorOrgId: orgId, supervised: true }, 'acceptBy', after, size), size, queueKey)
    },
    async listDue(kind, now, after, limit) {
      const size = clampLimit(limit)
      const key = kind === 'escalate' ? 'escalateAt' : 'superviseAt'
      // `lte` on a string matches strings only, so cases whose key is null are outside the index range.
      const items = await page({ [key]: _.lte(now) }, key, after, size)
      return pageOf(items, size, (c) => compositeCursor(c[key] ?? '', c.id))
    },
    async listOpenAt(enterpriseId, category, limit) {
      const res = await cases()
        .where({ enterpriseId, category, status: _.nin(['resolved', 'closed']) })
        .orderBy('affectedCount', 'desc')
        .orderBy('_id', 'asc')
        .field(CASE_ONLY)
        .limit(clampLimit(limit))
        .get()
      return (res.data as Doc[]).map(toCase)
    },
    async listForStats(pathPrefix, from, to, after, limit) {
      return windowPage('assignedPath', pathPrefix, from, to, after, limit)
    },
    async listMissedFrom(pathPrefix, from, to, after, limit) {
      // A document matches once however many of its paths match: each case once.
      return windowPage('missedPaths', pathPrefix, from, to, after, limit)
    },
    async countsByEnterprise({ townId, since, collectiveFrom }) {
      // One indexed pass (townId, createdAt, _id) in pages of 1,000, only the fields the groups need.
      const groups = new Map<string, CaseGroup>()
      let after: string | undefined
      for (;;) {
        const res = await cases()
          .where(allOf(db, { townId, createdAt: _.gte(since) }, afterCursor(db, 'createdAt', after)))
          .orderBy('createdAt', 'asc')
          .orderBy('_id', 'asc')
          .field(RADAR_FIELDS)
          .limit(MAX_QUERY)
          .get()
        const docs = res.data as Doc[]
        for (const d of docs) {
          if (typeof d.enterpriseId !== 'string') continue
          const collective = (d.affectedCount as number) >= collectiveFrom || (d.participantCount as number) >= collectiveFrom
          const g = { enterpriseId: d.enterpriseId, category: String(d.category), collective, protected: d.strictPrivacy !== 'named' }
          const key = `${g.enterpriseId}\u0000${g.category}\u0000${collective}\u0000${g.protected}`
          const seen = groups.get(key)
          if (seen) seen.cases++
          else groups.set(key, { ...g, cases: 1 })
        }
        if (docs.length < MAX_QUERY) return tallyGroups([...groups.values()])
        const last = docs[docs.length - 1]
        after = compositeCursor(String(last.createdAt), last._id)
      }
    },
    ...cloudbaseParticipants(db),
  }
}
