/**
 * Medical mutual aid on CloudBase (issue 12). Collections `mutual_aid_plans`, `mutual_aid_enrolments`,
 * `mutual_aid_claims` (`_id` = the record id) and `mutual_aid_invoices` (`_id` = the invoice's keyed hash: a
 * second use is a duplicate `_id`, never a scan); indexes in collections.ts.
 *
 * `fileClaim` is three single requests in a crash-safe order, and `settleFilings` the sweep's repair of what a
 * crash left (mutual-aid-filing.ts). `updateClaim` with an enrolment is one transaction of single-document
 * operations by `_id` (transaction.ts): each document read, then replaced iff its version is still `version - 1`
 * (inside a transaction only `doc(id)` operations are allowed and they carry no condition, while the snapshot makes
 * any change after the read a conflict). `rejectClaim` is two single requests without a transaction and
 * `settleRejections` the sweep's repair (mutual-aid-release.ts, decision 0023). `addEnrolments` inserts without a
 * look-up, `confirmEnrolment` is one find-and-modify. Every other write is one request.
 */
import { randomBytes } from 'node:crypto'
import { AppError } from '../../runtime/result'
import type { Claim, Enrolment, MutualAidStore } from '../mutual-aid-port'
import { compositeCursor, parseCursor } from '../cursor'
import { chunks, clampLimit, escapeRegExp, getDoc, isDuplicateWrite, pageOf, type Db, type Doc } from './db'
import { allOf, compositePage, type Where } from './keyset'
import { replaceFields } from './membership-docs'
import { claimDoc, enrolmentDoc, planDoc, toClaim, toEnrolment, toPlan, withoutId } from './mutual-aid-docs'
import { CLAIMS, cloudbaseClaimFiling, ENROLMENTS, FILING_FIELDS, INVOICES } from './mutual-aid-filing'
import { cloudbaseClaimRelease, RELEASE_FIELDS } from './mutual-aid-release'
import { Refused, transact, txGet, type Tx } from './transaction'

const PLANS = 'mutual_aid_plans'
/** Adapter-only fields every replace keeps (mutual-aid-filing.ts, mutual-aid-release.ts). */
const CARRIED = [...FILING_FIELDS, ...RELEASE_FIELDS]
/** Enrolments still running, ended when the membership ends. */
const LIVE = ['enrolled', 'active']
/** Enrolments inserted per request (one insert of many documents; after a clash, one `_id` `$in` read of them). */
const ENROL_BATCH = 100

const QUEUES = {
  review: (org: string): Where => ({ reviewOrgId: org, status: 'submitted' }),
  approve: (org: string): Where => ({ approveOrgId: org, status: 'checked' }),
  pay: (org: string): Where => ({ approveOrgId: org, status: 'approved' }),
}

const created = (c: Claim) => compositeCursor(c.createdAt, c.id)

export function cloudbaseMutualAid(db: Db): MutualAidStore {
  const _ = db.command

  /** One page of `where`, newest first: (key desc, _id desc), strictly before the cursor. */
  async function newestPage(collection: string, where: Where, key: string, cursor: { key: unknown; id: string } | null, size: number) {
    const before = cursor && (_.and([{ [key]: _.lte(cursor.key) }, _.or([{ [key]: _.lt(cursor.key) }, { _id: _.lt(cursor.id) }])]) as unknown as Where)
    const res = await db.collection(collection).where(allOf(db, where, before)).orderBy(key, 'desc').orderBy('_id', 'desc').limit(size).get()
    return res.data as Doc[]
  }
  /** Full replace iff the stored version is one less: of two writers holding the same version, exactly one matches. */
  async function replace(collection: string, doc: Doc, version: number): Promise<boolean> {
    const res = await db.collection(collection).where({ _id: doc._id, version: version - 1 }).update(replaceFields(db, doc))
    return res.updated === 1
  }
  /**
   * Inside `tx`: replaces the document iff its version (in the transaction's snapshot) is one less. The adapter-only
   * fields (an enrolment's open filings and released claims, a claim's release mark) are carried over: a replace
   * must not erase what a repair reads.
   */
  async function txReplace(tx: Tx, collection: string, doc: Doc, version: number): Promise<boolean> {
    const stored = await txGet(tx, collection, doc._id)
    if (stored?.version !== version - 1) return false
    const carried = Object.fromEntries(CARRIED.filter((k) => stored[k] !== undefined).map((k) => [k, stored[k]]))
    await tx.collection(collection).doc(doc._id).set({ ...withoutId(doc), ...carried })
    return true
  }
  const filing = cloudbaseClaimFiling(db)
  const rejection = cloudbaseClaimRelease(db)

  /**
   * One batch of new enrolments in ONE insert, no look-up first (`_id` = `<planId>:<memberId>`: an enrolment that
   * exists already is a duplicate `_id`). Each document carries this call's `insertToken` (adapter-only, never
   * read into the record), so after a clash one read tells ours from those stored before: the insert is ordered,
   * the documents before the clash landed, the clashing one was someone else's, the rest are inserted again.
   */
  async function addBatch(es: Enrolment[]): Promise<string[]> {
    const insertToken = randomBytes(8).toString('hex')
    const seen = new Set<string>()
    const existing: string[] = []
    let todo: Doc[] = []
    for (const e of es) {
      if (seen.has(e.id)) existing.push(e.id)
      else todo.push({ ...enrolmentDoc(e), insertToken })
      seen.add(e.id)
    }
    for (let round = 0; todo.length > 0; round++) {
      if (round === 5) throw new AppError('CONFLICT', 'enrolments kept clashing')
      try {
        await db.collection(ENROLMENTS).add(todo)
        return existing
      } catch (error) {
        if (!isDuplicateWrite(error)) throw error
      }
      // One document: it is the clash, stored before this call.
      if (todo.length === 1) return [...existing, todo[0]._id]
      const res = await db.collection(ENROLMENTS).where({ _id: _.in(todo.map((d) => d._id)) }).field({ _id: true, insertToken: true }).limit(todo.length).get()
      const stored = new Map((res.data as Doc[]).map((d) => [d._id, d.insertToken]))
      const next: Doc[] = []
      for (const doc of todo) {
        if (!stored.has(doc._id)) next.push(doc)
        else if (stored.get(doc._id) !== insertToken) existing.push(doc._id)
      }
      todo = next
    }
    return existing
  }

  return {
    async savePlan(p) {
      if (p.version !== 1) return replace(PLANS, planDoc(p), p.version)
      try {
        await db.collection(PLANS).add(planDoc(p))
        return true
      } catch (error) {
        if (isDuplicateWrite(error)) return false // the id exists: someone saved it first
        throw error
      }
    },
    async getPlan(id) {
      const doc = await getDoc(db, PLANS, id)
      return doc ? toPlan(doc) : null
    },
    async listPlans(after, limit) {
      const size = clampLimit(limit)
      const c = after === undefined ? null : parseCursor(after)
      const docs = await newestPage(PLANS, {}, 'year', c && { key: Number(c.key), id: c.id }, size)
      return pageOf(docs.map(toPlan), size, (p) => compositeCursor(String(p.year), p.id))
    },

    async addEnrolments(es) {
      const existing: string[] = []
      for (const batch of chunks(es, ENROL_BATCH)) existing.push(...(await addBatch(batch)))
      return { existing }
    },
    async getEnrolment(id) {
      const doc = await getDoc(db, ENROLMENTS, id)
      return doc ? toEnrolment(doc) : null
    },
    async listEnrolmentsByHolder(holderKey, limit) {
      return (await newestPage(ENROLMENTS, { holderKey }, 'coverTo', null, clampLimit(limit))).map(toEnrolment)
    },
    async listEnrolmentsOfOrg(orgId, planId, after, limit) {
      const size = clampLimit(limit)
      const docs = await compositePage(db, ENROLMENTS, { orgId, planId }, 'memberNo', after, size)
      return pageOf(docs.map(toEnrolment), size, (e) => compositeCursor(e.memberNo, e.id))
    },
    async updateEnrolment(e) {
      return replace(ENROLMENTS, enrolmentDoc(e), e.version)
    },
    async confirmEnrolment(id, scopeOrgId, reference, at) {
      // One find-and-modify (database.modifyAndReturnDoc): status and scope are conditions of the write itself.
      const inScope = db.RegExp({ regexp: escapeRegExp(`/${scopeOrgId}/`) })
      const res = await db.collection(ENROLMENTS).where({ _id: id, status: 'enrolled', orgPath: inScope })
        .updateAndReturn({ status: 'active', paymentReference: reference, paymentConfirmedAt: at, version: _.inc(1) })
      const doc = (res as { doc?: Doc | null }).doc
      return doc ? toEnrolment(doc) : null
    },
    async endEnrolments(holderKey, memberId, lastDay) {
      // One request: the holder's few enrolments, those of this membership still running.
      const res = await db.collection(ENROLMENTS).where({ holderKey, memberId, status: _.in(LIVE) })
        .update({ status: 'ended', endedOn: lastDay, version: _.inc(1) })
      return res.updated ?? 0
    },

    fileClaim: filing.fileClaim,
    settleFilings: (before, after, limit) => filing.settleFilings(before, after, clampLimit(limit)),
    async getClaim(id) {
      const doc = await getDoc(db, CLAIMS, id)
      return doc ? toClaim(doc) : null
    },
    async getClaimByRequestKey(requestKey) {
      const doc = ((await db.collection(CLAIMS).where({ requestKey }).limit(1).get()).data as Doc[])[0]
      return doc ? toClaim(doc) : null
    },
    async invoiceUsed(invoiceHash) {
      return (await getDoc(db, INVOICES, invoiceHash)) !== null
    },
    async updateClaim(c, e) {
      if (!e) return replace(CLAIMS, claimDoc(c), c.version)
      return transact(db, async (tx) => {
        if (!(await txReplace(tx, CLAIMS, claimDoc(c), c.version))) throw new Refused(false)
        if (!(await txReplace(tx, ENROLMENTS, enrolmentDoc(e), e.version))) throw new Refused(false)
        return true
      })
    },
    rejectClaim: rejection.rejectClaim,
    settleRejections: (before, after, limit) => rejection.settleRejections(before, after, clampLimit(limit)),
    async listClaimQueue(orgId, stage, after, limit) {
      const size = clampLimit(limit)
      const docs = await compositePage(db, CLAIMS, QUEUES[stage](orgId), 'queueKey', after, size)
      return pageOf(docs.map(toClaim), size, (c) => compositeCursor(c.decideBy ?? c.createdAt, c.id))
    },
    async listClaimsByHolder(holderKey, after, limit) {
      const size = clampLimit(limit)
      const docs = await newestPage(CLAIMS, { holderKey }, 'createdAt', after === undefined ? null : parseCursor(after), size)
      return pageOf(docs.map(toClaim), size, created)
    },
    async listClaimsDue(now, after, limit) {
      const size = clampLimit(limit)
      // `lte` on a string matches strings only: claims whose clock is stopped (escalateAt null) are outside the range.
      const docs = await compositePage(db, CLAIMS, { escalateAt: _.lte(now) }, 'escalateAt', after, size)
      return pageOf(docs.map(toClaim), size, (c) => compositeCursor(c.escalateAt ?? '', c.id))
    },
    async listClaimsForStats(planId, pathPrefix, after, limit) {
      const size = clampLimit(limit)
      const where = { planId, reviewPath: db.RegExp({ regexp: `^${escapeRegExp(pathPrefix)}` }) }
      const docs = await compositePage(db, CLAIMS, where, 'createdAt', after, size)
      return pageOf(docs.map(toClaim), size, created)
    },
  }
}
