/**
 * Legal help on CloudBase (issue 11). Collections `legal_consultations`, `legal_articles`, `legal_parameters`,
 * `legal_aid`, `legal_reminders` (`_id` = the record id); indexes in collections.ts. Every method is one request
 * (a create that collides reads once more to tell a retry from a clash; a retried addReminders re-adds one by one):
 * a create is an `add` refused by `_id` or a unique index, an update one conditional `where({ _id, version })`
 * write, a list one keyset page in the order of an index.
 */
import type { LegalCategory } from '../../../../types/legal-labels'
import type { AidApplication, LegalStore } from '../legal-port'
import { compositeCursor, parseCursor } from '../cursor'
import { searchBigrams } from '../grams'
import { clampLimit, escapeRegExp, getDoc, isDuplicateWrite, pageOf, type Db, type Doc } from './db'
import { afterCursor, allOf, compositePage, type Where } from './keyset'
import {
  aidDoc, articleDoc, consultationDoc, PAUSED_KEY, parametersFields, reminderDoc,
  toAid, toArticle, toConsultation, toParameters, toReminder,
} from './legal-docs'
import { replaceFields } from './membership-docs'

const CONSULTATIONS = 'legal_consultations'
const ARTICLES = 'legal_articles'
const PARAMETERS = 'legal_parameters'
const AID = 'legal_aid'
const REMINDERS = 'legal_reminders'
const OPEN = ['waiting', 'claimed', 'answered']
const RUNNING = ['waiting', 'claimed']
const UNDECIDED = ['pending', 'awaiting_material']

const created = (r: { createdAt: string; id: string }) => compositeCursor(r.createdAt, r.id)

export function cloudbaseLegal(db: Db): LegalStore {
  const _ = db.command

  /** One page of `where`, newest first: (key desc, _id desc), strictly before the cursor. */
  async function newestPage(collection: string, where: Where, key: string, after: string | undefined, size: number): Promise<Doc[]> {
    const c = after === undefined ? null : parseCursor(after)
    const before = c && (_.and([{ [key]: _.lte(c.key) }, _.or([{ [key]: _.lt(c.key) }, { _id: _.lt(c.id) }])]) as unknown as Where)
    const res = await db.collection(collection).where(allOf(db, where, before)).orderBy(key, 'desc').orderBy('_id', 'desc').limit(size).get()
    return res.data as Doc[]
  }

  /** A statistics window in (createdAt, _id) order: the `created` index's range, `subtree` checked on each entry. */
  async function windowPage(collection: string, subtree: Where, from: string, to: string, after: string | undefined, size: number) {
    const where = allOf(db, { createdAt: _.gte(from).and(_.lt(to)) }, subtree, afterCursor(db, 'createdAt', after))
    const res = await db.collection(collection).where(where).orderBy('createdAt', 'asc').orderBy('_id', 'asc').limit(size).get()
    return res.data as Doc[]
  }
  const under = (pathPrefix: string): Where => ({ assignedPath: db.RegExp({ regexp: `^${escapeRegExp(pathPrefix)}` }) })

  /** `add`; a duplicate `_id` or unique key is a retry when the requestKey is stored (false), else a clash (thrown). */
  async function create(collection: string, doc: Doc, requestKey: string): Promise<boolean> {
    try {
      await db.collection(collection).add(doc)
      return true
    } catch (error) {
      if (!isDuplicateWrite(error)) throw error
      const res = await db.collection(collection).where({ requestKey }).limit(1).get()
      if ((res.data as Doc[]).length > 0) return false
      throw error
    }
  }
  /** Full replace iff the stored version is one less: of two writers holding the same version, exactly one matches. */
  async function replace(collection: string, doc: Doc, version: number): Promise<boolean> {
    const res = await db.collection(collection).where({ _id: doc._id, version: version - 1 }).update(replaceFields(db, doc))
    return res.updated === 1
  }
  async function byField<T>(collection: string, where: Where, to: (d: Doc) => T): Promise<T | null> {
    const doc = ((await db.collection(collection).where(where).limit(1).get()).data as Doc[])[0]
    return doc ? to(doc) : null
  }
  async function byId<T>(collection: string, id: string, to: (d: Doc) => T): Promise<T | null> {
    const doc = await getDoc(db, collection, id)
    return doc ? to(doc) : null
  }

  async function searchArticles(q: string, category: LegalCategory | undefined, after: string | undefined, limit: number) {
    const size = clampLimit(limit)
    const grams = searchBigrams(q)
    const where: Where = { published: true }
    if (category !== undefined) where.category = category
    // The first bigram pins the multikey index (grams, updatedAt, _id): its entries are walked newest first and
    // the other bigrams checked on them. Unpublished articles hold no grams.
    if (grams.length > 0) where.grams = grams[0]
    const all = grams.length > 1 ? ({ grams: _.all(grams) } as Where) : null
    const docs = await newestPage(ARTICLES, allOf(db, where, all), 'updatedAt', after, size)
    return pageOf(docs.map(toArticle), size, (a) => compositeCursor(a.updatedAt, a.id))
  }

  return {
    async createConsultation(c) {
      return create(CONSULTATIONS, consultationDoc(c), c.requestKey)
    },
    getConsultation: (id) => byId(CONSULTATIONS, id, toConsultation),
    getConsultationByRequestKey: (requestKey) => byField(CONSULTATIONS, { requestKey }, toConsultation),
    getConsultationByReceipt: (receiptHash) => byField(CONSULTATIONS, { receiptHash }, toConsultation),
    async updateConsultation(c) {
      return replace(CONSULTATIONS, consultationDoc(c), c.version)
    },
    async listConsultationQueue(orgId, filter, after, limit) {
      const size = clampLimit(limit)
      if (filter.status === 'closed') return { items: [], next: null }
      // Both shapes walk (assignedOrgId, status, answerBy, _id): one status, or the open ones merged in order.
      const where = { assignedOrgId: orgId, status: filter.status ?? _.in(OPEN) }
      const docs = await compositePage(db, CONSULTATIONS, where, 'answerBy', after, size)
      return pageOf(docs.map(toConsultation), size, (c) => compositeCursor(c.answerBy, c.id))
    },
    async listConsultationsByAsker(askerKey, after, limit) {
      const size = clampLimit(limit)
      return pageOf((await newestPage(CONSULTATIONS, { askerKey }, 'createdAt', after, size)).map(toConsultation), size, created)
    },
    async listConsultationsDue(now, after, limit) {
      const size = clampLimit(limit)
      // `lte` on a string matches strings only: answered consultations (escalateAt null) are outside the range.
      const docs = await compositePage(db, CONSULTATIONS, { escalateAt: _.lte(now), status: _.in(RUNNING) }, 'escalateAt', after, size)
      return pageOf(docs.map(toConsultation), size, (c) => compositeCursor(c.escalateAt ?? '', c.id))
    },
    async listConsultationsForStats(pathPrefix, orgId, from, to, after, limit) {
      const size = clampLimit(limit)
      // A document matches once however many of its conditions hold: each consultation once.
      const subtree = _.or([under(pathPrefix), { missedOrgIds: orgId }]) as unknown as Where
      return pageOf((await windowPage(CONSULTATIONS, subtree, from, to, after, size)).map(toConsultation), size, created)
    },

    async saveArticle(a) {
      if (a.version !== 1) return replace(ARTICLES, articleDoc(a), a.version)
      try {
        await db.collection(ARTICLES).add(articleDoc(a))
        return true
      } catch (error) {
        if (isDuplicateWrite(error)) return false // the id exists: someone saved it first
        throw error
      }
    },
    getArticle: (id) => byId(ARTICLES, id, toArticle),
    searchArticles,

    async putParameters(p) {
      await db.collection(PARAMETERS).doc(String(p.year)).set(parametersFields(p))
    },
    getParameters: (year) => byId(PARAMETERS, String(year), toParameters),

    async createAid(a) {
      return create(AID, aidDoc(a), a.requestKey)
    },
    getAid: (id) => byId(AID, id, toAid),
    getAidByRequestKey: (requestKey) => byField(AID, { requestKey }, toAid),
    async updateAid(a) {
      return replace(AID, aidDoc(a), a.version)
    },
    async listAidQueue(orgId, after, limit) {
      const size = clampLimit(limit)
      const docs = await compositePage(db, AID, { assignedOrgId: orgId, status: _.in(UNDECIDED) }, 'decideKey', after, size)
      return pageOf(docs.map(toAid), size, (a: AidApplication) => compositeCursor(a.decideBy ?? PAUSED_KEY, a.id))
    },
    async listAidByApplicant(applicantKey, after, limit) {
      const size = clampLimit(limit)
      return pageOf((await newestPage(AID, { applicantKey }, 'createdAt', after, size)).map(toAid), size, created)
    },
    async listAidDue(now, after, limit) {
      const size = clampLimit(limit)
      const docs = await compositePage(db, AID, { escalateAt: _.lte(now), status: _.in(UNDECIDED) }, 'escalateAt', after, size)
      return pageOf(docs.map(toAid), size, (a) => compositeCursor(a.escalateAt ?? '', a.id))
    },
    async listAidForStats(pathPrefix, from, to, after, limit) {
      const size = clampLimit(limit)
      return pageOf((await windowPage(AID, under(pathPrefix), from, to, after, size)).map(toAid), size, created)
    },

    async addReminders(rs) {
      if (rs.length === 0) return
      const docs = rs.map(reminderDoc)
      try {
        await db.collection(REMINDERS).add(docs)
      } catch (error) {
        if (!isDuplicateWrite(error)) throw error
        // A retried request (or one cut short): each reminder alone, the ones already stored refused.
        for (const doc of docs) {
          await db.collection(REMINDERS).add(doc).catch((e: unknown) => {
            if (!isDuplicateWrite(e)) throw e
          })
        }
      }
    },
    async listRemindersDue(day, after, limit) {
      const size = clampLimit(limit)
      const docs = await compositePage(db, REMINDERS, { sentAt: null, dueDay: _.lte(day) }, 'dueDay', after, size)
      return pageOf(docs.map(toReminder), size, (r) => compositeCursor(r.dueDay, r.id))
    },
    async markReminderSent(id, at) {
      // One conditional single-document update: of two racing senders exactly one sees updated === 1.
      const res = await db.collection(REMINDERS).where({ _id: id, sentAt: null }).update({ sentAt: at })
      return res.updated === 1
    },
  }
}
