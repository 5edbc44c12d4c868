/**
 * Membership applications and members on CloudBase. Collections `membership_applications` and `members`
 * (`_id` = the domain id), `membership_holds` for the uniqueness SQLite gets from its indexes (see
 * membership-holds.ts), `counters` for the member sequence; indexes in collections.ts.
 *
 * Creating is "holds first, then the record": a refused hold means nothing else is written; a record
 * that cannot be written releases the holds this call took, unless the record did land (a lost reply).
 */
import type { Application, ApplicationQueueFilter, Member, MembershipStore } from '../port'
import { compositeCursor } from '../cursor'
import { clampLimit, getDoc, isDuplicateWrite, pageOf, type Db, type Doc } from './db'
import { compositePage, type Where } from './keyset'
import { applicationDoc, memberDoc, replaceFields, toApplication, toMember } from './membership-docs'
import { HOLDS, holds, type Claim, type OwnerState } from './membership-holds'

const APPLICATIONS = 'membership_applications'
const MEMBERS = 'members'
const CURRENT = ['active', 'suspended']
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
  const { claim, release } = holds(db)

  async function first(collection: string, where: Where, newest = false): Promise<Doc | null> {
    const query = db.collection(collection).where(where)
    const res = await (newest ? query.orderBy('_id', 'desc') : query).limit(1).get()
    return (res.data as Doc[])[0] ?? null
  }

  /** How an existing hold's owner stands, per kind of key. */
  const owners = {
    request: async (id: string): Promise<OwnerState> => ((await getDoc(db, APPLICATIONS, id)) ? 'holding' : 'missing'),
    pending: async (id: string): Promise<OwnerState> => {
      const doc = await getDoc(db, APPLICATIONS, id)
      return !doc ? 'missing' : doc.status === 'pending' ? 'holding' : 'released'
    },
    member: async (id: string): Promise<OwnerState> => {
      const doc = await getDoc(db, MEMBERS, id)
      return !doc ? 'missing' : CURRENT.includes(String(doc.status)) ? 'holding' : 'released'
    },
    // A member number stays taken for life, also after the member left.
    memberNo: async (id: string): Promise<OwnerState> => ((await getDoc(db, MEMBERS, id)) ? 'holding' : 'missing'),
  }

  /** Releases the holds this call took (not those it found already its own). */
  async function releaseFresh(taken: Array<[id: string, claim: Claim]>, recordId: string): Promise<void> {
    for (const [id, c] of taken) if (c.ok && c.fresh) await release(id, recordId)
  }

  /** Inserts `doc`; on failure, unless it landed after all (`landed`), releases the holds and rethrows. */
  async function insert(collection: string, doc: Doc, landed: (stored: Doc) => boolean, taken: Array<[string, Claim]>) {
    try {
      await db.collection(collection).add(doc)
    } catch (error) {
      // Whatever happens while undoing, the caller gets the insert's error.
      const stored = await getDoc(db, collection, doc._id).catch(() => {
        throw error
      })
      if (stored && landed(stored)) return
      await releaseFresh(taken, doc._id).catch(() => {
        throw error
      })
      throw error
    }
  }

  async function page(where: Where, key: string, after: string | undefined, size: number): Promise<Application[]> {
    return (await compositePage(db, APPLICATIONS, where, key, after, size)).map(toApplication)
  }

  return {
    async createApplication(a) {
      const requestHold = `request:${a.requestKey}`
      const request = await claim(requestHold, a.id, a.createdAt, owners.request)
      if (!request.ok) return { ok: false, reason: 'DUPLICATE_REQUEST', existingId: request.holder }
      const taken: Array<[string, Claim]> = [[requestHold, request]]
      // Pending: one per account; and one per person, unless flagged (it must never block the real person).
      const pendingHolds: Array<[string, 'HOLDER_PENDING' | 'ALREADY_APPLIED']> = a.status !== 'pending' ? [] : [
        [holderHold(a.holderKey), 'HOLDER_PENDING'],
        ...(a.identityConflict ? [] : [[idHold(a.idHash), 'ALREADY_APPLIED'] as [string, 'ALREADY_APPLIED']]),
      ]
      for (const [id, refusal] of pendingHolds) {
        const held = await claim(id, a.id, a.createdAt, owners.pending)
        if (!held.ok) {
          await releaseFresh(taken, a.id)
          return { ok: false, reason: refusal }
        }
        taken.push([id, held])
      }
      await insert(APPLICATIONS, applicationDoc(a), (stored) => stored.requestKey === a.requestKey, taken)
      return { ok: true }
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
      const taken: Array<[string, Claim]> = []
      if (CURRENT.includes(m.status)) {
        const memberHold = `member:${m.idHash}`
        const current = await claim(memberHold, m.id, m.updatedAt, owners.member)
        if (!current.ok) return false
        taken.push([memberHold, current])
      }
      const noHold = `memberNo:${m.memberNo}`
      const number = await claim(noHold, m.id, m.updatedAt, owners.memberNo)
      if (!number.ok) {
        await releaseFresh(taken, m.id)
        return false
      }
      taken.push([noHold, number])
      try {
        await insert(MEMBERS, memberDoc(m), (stored) => stored.memberNo === m.memberNo && stored.idHash === m.idHash, taken)
        return true
      } catch (error) {
        // The id (or, past the holds, the unique memberNo index) is taken: the holds are released already.
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
      const doc = (await first(MEMBERS, { holderKey, status: _.in(CURRENT) })) ?? (await first(MEMBERS, { holderKey }, true))
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
