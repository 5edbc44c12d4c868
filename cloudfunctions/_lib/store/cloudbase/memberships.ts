/**
 * Membership applications and members on CloudBase. Collections `membership_applications` and `members`
 * (`_id` = the domain id), `membership_holds` for the uniqueness SQLite gets from its indexes (see
 * membership-holds.ts), `counters` for the member sequence; indexes in collections.ts.
 *
 * Creating writes its holds and the record in one transaction (membership-holds.ts `takeAll`; docs/cloudbase.md,
 * "Transactions"): a refused hold rolls it back, so nothing is written; a failure anywhere leaves neither holds
 * nor record. Releasing holds after a decision is a separate write on purpose (a lost release is a stale hold).
 */
import type { Application, ApplicationQueueFilter, Member, MembershipStore } from '../port'
import { compositeCursor } from '../cursor'
import { clampLimit, getDoc, isDuplicateWrite, pageOf, type Db, type Doc } from './db'
import { compositePage, type Where } from './keyset'
import { applicationDoc, memberDoc, replaceFields, toApplication, toMember } from './membership-docs'
import { HOLDS, holds, type HoldSpec, type Owner } from './membership-holds'
import { txGet } from './transaction'

const APPLICATIONS = 'membership_applications'
const MEMBERS = 'members'
const CURRENT = ['active', 'suspended']
/** Membership records one person may have (a join, a leave, a join again …): read together by getMemberByHolder. */
const HOLDER_RECORDS = 100
const SEQ_ID = 'memberSeq'

const queueKey = (a: Application) => compositeCursor(a.reviewBy, a.id)
/** The holds of a pending application: its person (non-flagged only) and its account. */
const idHold = (idHash: string) => `pending:${idHash}`
const holderHold = (holderKey: string) => `pending-holder:${holderKey}`

/** The queue's equality conditions; indexes (assignedOrgId[, status|overdue], reviewBy, _id) serve them. */
function queueWhere(orgId: string, filter: ApplicationQueueFilter): Where {
  const where: Where = { assignedOrgId: orgId }
  if (filter.status !== undefined) where.status = filter.status
  if (filter.overdue !== undefined) where.overdue = filter.overdue
  return where
}

export function cloudbaseMemberships(db: Db): MembershipStore {
  const _ = db.command
  const applications = () => db.collection(APPLICATIONS)
  const members = () => db.collection(MEMBERS)
  const { takeAll, release } = holds(db)

  async function first(collection: string, where: Where, newest = false): Promise<Doc | null> {
    const query = db.collection(collection).where(where)
    const res = await (newest ? query.orderBy('_id', 'desc') : query).limit(1).get()
    return (res.data as Doc[])[0] ?? null
  }

  /** How an existing hold's owner stands, per kind of key (read inside the claiming transaction). */
  const owners: Record<'request' | 'pending' | 'member' | 'memberNo', Owner> = {
    request: async (tx, id) => ((await txGet(tx, APPLICATIONS, id)) ? 'holding' : 'missing'),
    pending: async (tx, id) => {
      const doc = await txGet(tx, APPLICATIONS, id)
      return !doc ? 'missing' : doc.status === 'pending' ? 'holding' : 'released'
    },
    member: async (tx, id) => {
      const doc = await txGet(tx, MEMBERS, id)
      return !doc ? 'missing' : CURRENT.includes(String(doc.status)) ? 'holding' : 'released'
    },
    // A member number stays taken for life, also after the member left.
    memberNo: async (tx, id) => ((await txGet(tx, MEMBERS, id)) ? 'holding' : 'missing'),
  }

  async function page(where: Where, key: string, after: string | undefined, size: number): Promise<Application[]> {
    return (await compositePage(db, APPLICATIONS, where, key, after, size)).map(toApplication)
  }

  return {
    async createApplication(a) {
      // Pending: one per account; and one per person, unless flagged (it must never block the real person).
      const pending: Array<[string, 'HOLDER_PENDING' | 'ALREADY_APPLIED']> = a.status !== 'pending' ? [] : [
        [holderHold(a.holderKey), 'HOLDER_PENDING'],
        ...(a.identityConflict ? [] : [[idHold(a.idHash), 'ALREADY_APPLIED'] as [string, 'ALREADY_APPLIED']]),
      ]
      const specs: HoldSpec[] = [{ id: `request:${a.requestKey}`, owner: owners.request }, ...pending.map(([id]) => ({ id, owner: owners.pending }))]
      const refusal = await takeAll(specs, a.id, a.createdAt, (tx) => tx.collection(APPLICATIONS).add(applicationDoc(a)))
      if (!refusal) return { ok: true }
      if (refusal.refused === 0) return { ok: false, reason: 'DUPLICATE_REQUEST', existingId: refusal.holder }
      return { ok: false, reason: pending[refusal.refused - 1][1] }
    },
    async getApplication(id) {
      const doc = await getDoc(db, APPLICATIONS, id)
      return doc ? toApplication(doc) : null
    },
    async getPendingApplication(idHash) {
      // The `pending:` hold names the one pending, non-flagged application of this person (if not stale).
      const hold = await getDoc(db, HOLDS, idHold(idHash))
      const doc = hold ? await getDoc(db, APPLICATIONS, String(hold.recordId)) : null
      return doc && doc.status === 'pending' && doc.idHash === idHash && doc.identityConflict !== true ? toApplication(doc) : null
    },
    async getApplicationByRequestKey(requestKey) {
      const doc = await first(APPLICATIONS, { requestKey })
      return doc ? toApplication(doc) : null
    },
    async updateApplication(a) {
      // One conditional single-document update: of two writers holding the same version, exactly one matches.
      const res = await applications()
        .where({ _id: a.id, version: a.version - 1 })
        .update(replaceFields(db, applicationDoc(a)))
      if (res.updated !== 1) return false
      // Decided: the person and the account may apply again. If a release is lost, the hold is stale (owner not pending).
      if (a.status !== 'pending') {
        await release(idHold(a.idHash), a.id)
        await release(holderHold(a.holderKey), a.id)
      }
      return true
    },
    async listQueue(orgId, filter, after, limit) {
      const size = clampLimit(limit)
      return pageOf(await page(queueWhere(orgId, filter), 'reviewBy', after, size), size, queueKey)
    },
    async listDue(now, after, limit) {
      const size = clampLimit(limit)
      // `lte` on a string matches strings only, so applications whose escalateAt is null are outside the range.
      const items = await page({ escalateAt: _.lte(now), status: 'pending' }, 'escalateAt', after, size)
      return pageOf(items, size, (a) => compositeCursor(a.escalateAt ?? '', a.id))
    },
    async listByApplicant(applicantKey, after, limit) {
      const size = clampLimit(limit)
      // Newest first: ids are time-ordered (runtime/ids.ts).
      const where = after === undefined ? { applicantKey } : { applicantKey, _id: _.lt(after) }
      const res = await applications().where(where).orderBy('_id', 'desc').limit(size).get()
      return pageOf((res.data as Doc[]).map(toApplication), size, (a) => a.id)
    },

    async createMember(m) {
      const specs: HoldSpec[] = [
        ...(CURRENT.includes(m.status) ? [{ id: `member:${m.idHash}`, owner: owners.member }] : []),
        { id: `memberNo:${m.memberNo}`, owner: owners.memberNo },
      ]
      try {
        return (await takeAll(specs, m.id, m.updatedAt, (tx) => tx.collection(MEMBERS).add(memberDoc(m)))) === null
      } catch (error) {
        // The id (or, past the holds, the unique memberNo index) is taken; the transaction wrote nothing.
        if (isDuplicateWrite(error)) return false
        throw error
      }
    },
    async getMember(id) {
      const doc = await getDoc(db, MEMBERS, id)
      return doc ? toMember(doc) : null
    },
    async getMemberByIdHash(idHash) {
      const doc = await first(MEMBERS, { idHash, status: _.in(CURRENT) })
      return doc ? toMember(doc) : null
    },
    async getMemberByHolder(holderKey) {
      // One query: a person's membership records, newest first (a few: one per join); the current one, else the newest.
      const res = await db.collection(MEMBERS).where({ holderKey }).orderBy('_id', 'desc').limit(HOLDER_RECORDS).get()
      const docs = res.data as Doc[]
      const doc = docs.find((d) => CURRENT.includes(d.status as string)) ?? docs[0]
      return doc ? toMember(doc) : null
    },
    async getMemberByNo(memberNo) {
      const doc = await first(MEMBERS, { memberNo })
      return doc ? toMember(doc) : null
    },
    async updateMember(m: Member) {
      const res = await members()
        .where({ _id: m.id, version: m.version - 1 })
        .update(replaceFields(db, memberDoc(m)))
      if (res.updated !== 1) return false
      // Left: the person may join again. If this release is lost, the hold is stale (owner not current).
      if (m.status === 'left') await release(`member:${m.idHash}`, m.id)
      return true
    },
    async listMembers(orgId, after, limit) {
      const size = clampLimit(limit)
      const where = after === undefined ? { orgId } : { orgId, memberNo: _.gt(after) }
      const res = await members().where(where).orderBy('memberNo', 'asc').limit(size).get()
      return pageOf((res.data as Doc[]).map(toMember), size, (m) => m.memberNo)
    },
    async nextMemberSeq() {
      // `updateAndReturn` is one atomic find-and-modify on the server (database.modifyAndReturnDoc), so
      // concurrent callers each get their own value. The counter document is created on first use.
      const counters = () => db.collection('counters')
      for (let round = 0; round < 2; round++) {
        const res = await counters().where({ _id: SEQ_ID }).updateAndReturn({ value: _.inc(1) })
        const value = (res.doc as { value?: unknown } | undefined)?.value
        if (typeof value === 'number') return value
        await counters()
          .add({ _id: SEQ_ID, value: 0 })
          .catch((error: unknown) => {
            if (!isDuplicateWrite(error)) throw error
          })
      }
      throw new Error('the member sequence counter could not be created')
    },
  }
}
