/**
 * Membership applications and members on CloudBase: one collection, `memberships` (membership-docs.ts: a join is one
 * document from application to member), `counters` for the member sequence; indexes in collections.ts.
 *
 * Uniqueness is the unique indexes on the documents' `u*` claims (docs/decisions/0022): creating an application is
 * one insert, approving a join one conditional update of its document, a decision or a member's change one
 * conditional update — each refused whole (DATABASE_DUPLICATE_WRITE) when it would make a second claimant of a key,
 * and then, off the common path, a few reads say which key and who holds it. No hold documents, no transactions.
 */
import type { Application, ApplicationQueueFilter, ApproveJoinResult, CreateApplicationResult, Member, MembershipStore } from '../port'
import { compositeCursor } from '../cursor'
import { clampLimit, getDoc, isDuplicateWrite, pageOf, type Db, type Doc } from './db'
import { compositePage, type Where } from './keyset'
import {
  applicationDoc, claimsOf, isApplicationDoc, isCurrent, memberFields, newApplicationDoc, newMemberDoc, replaceFields, toApplication, toMember,
} from './membership-docs'

export const MEMBERSHIPS = 'memberships'
/** Membership records one person may have (a join, a leave, a join again …): read together by getMemberByHolder. */
const HOLDER_RECORDS = 100
const SEQ_ID = 'memberSeq'
/**
 * Member numbers a warm instance reserves at once (`$inc` by this much): an approval costs no counter request but
 * once per block. Numbers left when the instance ends are never issued (gaps); one instance's are in order.
 */
export const MEMBER_SEQ_BLOCK = 50
/** Inserts re-tried when the claim that refused one was released before the reads could name it. */
const CREATE_ATTEMPTS = 3

const queueKey = (a: Application) => compositeCursor(a.reviewBy, a.id)

/** The queue's equality conditions; indexes (assignedOrgId[, status|overdue], reviewBy, _id) serve them. */
function queueWhere(orgId: string, filter: ApplicationQueueFilter): Where {
  const where: Where = { assignedOrgId: orgId }
  if (filter.status !== undefined) where.status = filter.status
  if (filter.overdue !== undefined) where.overdue = filter.overdue
  return where
}

export function cloudbaseMemberships(db: Db): MembershipStore {
  const _ = db.command
  const memberships = () => db.collection(MEMBERSHIPS)

  /** The document holding a claim (a unique index: at most one). */
  async function holding(field: string, key: string): Promise<Doc | null> {
    const res = await memberships().where({ [field]: key }).limit(1).get()
    return (res.data as Doc[])[0] ?? null
  }
  /** Of a holder's documents, newest first: the current membership, else the most recent, with its document. */
  function holderMember(docs: Doc[], holderKey: string): { m: Member; doc: Doc } | null {
    const found = docs.flatMap((doc) => {
      const m = toMember(doc)
      return m && m.holderKey === holderKey ? [{ m, doc }] : []
    })
    return found.find((x) => isCurrent(x.m)) ?? found[0] ?? null
  }
  async function applicationById(id: string): Promise<Application | null> {
    const doc = await getDoc(db, MEMBERSHIPS, id)
    return doc && isApplicationDoc(doc) ? toApplication(doc) : null
  }
  const currentMember = (d: Doc | null) => {
    const m = d ? toMember(d) : null
    return m && isCurrent(m) ? m : null
  }

  /** Why the insert of `a` was refused, read in the contract's order; null when no claim stands any more. */
  async function refusal(a: Application): Promise<Exclude<CreateApplicationResult, { ok: true }> | null> {
    const request = await holding('uRequest', a.requestKey)
    if (request) return { ok: false, reason: 'DUPLICATE_REQUEST', existingId: request._id }
    if (a.status !== 'pending') return null
    const join = a.kind === 'join'
    if (join && currentMember(await holding('uAccount', a.holderKey))) return { ok: false, reason: 'HOLDER_MEMBER' }
    if (await holding('uPendingAccount', a.holderKey)) return { ok: false, reason: 'HOLDER_PENDING' }
    if (a.identityConflict) return null
    if (await holding('uPendingPerson', a.idHash)) return { ok: false, reason: 'ALREADY_APPLIED' }
    if (join && currentMember(await holding('uPerson', a.idHash))) return { ok: false, reason: 'ALREADY_MEMBER' }
    return null
  }

  /** Why approving `a` as `m` was refused by a unique index (the update matched the version). */
  async function approvalRefusal(a: Application, m: Member): Promise<ApproveJoinResult> {
    const person = await holding('uPerson', m.idHash)
    if (person && person._id !== a.id) return { ok: false, reason: 'IDENTITY_TAKEN' }
    const account = await holding('uAccount', m.holderKey)
    if (account && account._id !== a.id) return { ok: false, reason: 'HOLDER_MEMBER' }
    const numbered = await holding('uMemberNo', m.memberNo)
    if (numbered && numbered._id !== a.id) return { ok: false, reason: 'NUMBER_TAKEN' }
    // The claim that refused it is gone (its holder was decided or left meanwhile): the officer may try again.
    return { ok: false, reason: 'CONFLICT' }
  }

  async function page(where: Where, key: string, after: string | undefined, size: number): Promise<Application[]> {
    return (await compositePage(db, MEMBERSHIPS, where, key, after, size)).map(toApplication)
  }

  // The member sequence, drawn in blocks (MEMBER_SEQ_BLOCK): [next, end] is this instance's reserve.
  let next = 0
  let end = -1
  let refill: Promise<void> | null = null
  async function drawBlock(): Promise<void> {
    // `updateAndReturn` is one atomic find-and-modify on the server (database.modifyAndReturnDoc): concurrent
    // instances each get their own block. The counter holds the last value reserved; it is created on first use.
    const counters = () => db.collection('counters')
    for (let round = 0; round < 2; round++) {
      const res = await counters().where({ _id: SEQ_ID }).updateAndReturn({ value: _.inc(MEMBER_SEQ_BLOCK) })
      const value = (res.doc as { value?: unknown } | undefined)?.value
      if (typeof value === 'number') {
        next = value - MEMBER_SEQ_BLOCK + 1
        end = value
        return
      }
      await counters()
        .add({ _id: SEQ_ID, value: 0 })
        .catch((error: unknown) => {
          if (!isDuplicateWrite(error)) throw error
        })
    }
    throw new Error('the member sequence counter could not be created')
  }

  return {
    async createApplication(a) {
      for (let attempt = 1; ; attempt++) {
        try {
          await memberships().add(newApplicationDoc(a))
          return { ok: true }
        } catch (error) {
          if (!isDuplicateWrite(error)) throw error
          const refused = await refusal(a)
          if (refused) return refused
          // No claim stands: the id itself is taken (a bug: ids are unique), or the claimant was decided meanwhile.
          if ((await getDoc(db, MEMBERSHIPS, a.id)) || attempt >= CREATE_ATTEMPTS) throw error
        }
      }
    },
    getApplication: applicationById,
    async getPendingApplication(idHash) {
      const doc = await holding('uPendingPerson', idHash)
      return doc ? toApplication(doc) : null
    },
    async getApplicationByRequestKey(requestKey) {
      const doc = await holding('uRequest', requestKey)
      return doc && isApplicationDoc(doc) ? toApplication(doc) : null
    },
    async updateApplication(a) {
      // One conditional single-document update: of two writers holding the same version, exactly one matches. The
      // claims follow the status (a decided application releases its own); a join whose member it made is final —
      // `member: null` — so its member's claims are never touched here.
      const where = a.kind === 'join' ? { _id: a.id, version: a.version - 1, member: null } : { _id: a.id, version: a.version - 1 }
      const res = await memberships()
        .where(where)
        .update({ ...replaceFields(db, applicationDoc(a)), ...claimsOf(a.id, a, null) })
      return res.updated === 1
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
      const res = await memberships().where(where).orderBy('_id', 'desc').limit(size).get()
      return pageOf((res.data as Doc[]).map(toApplication), size, (a) => a.id)
    },

    async createMember(m) {
      try {
        await memberships().add(newMemberDoc(m))
        return true
      } catch (error) {
        // The id, the person, the account or the number is claimed (a pending join's reservation included).
        if (isDuplicateWrite(error)) return false
        throw error
      }
    },
    async approveJoin(a, m) {
      if (m.id !== a.id) throw new Error(`a join's member takes its application's id (${m.id} ≠ ${a.id})`)
      const update = { ...replaceFields(db, applicationDoc(a)), member: _.set(memberFields(m)), ...claimsOf(a.id, a, m) }
      try {
        // The application pending at its version has no member yet: application and member land in one write.
        const res = await memberships().where({ _id: a.id, version: a.version - 1, member: null }).update(update)
        return res.updated === 1 ? { ok: true, member: m } : { ok: false, reason: 'CONFLICT' }
      } catch (error) {
        if (!isDuplicateWrite(error)) throw error
        return approvalRefusal(a, m)
      }
    },
    async getMember(id) {
      const doc = await getDoc(db, MEMBERSHIPS, id)
      return doc ? toMember(doc) : null
    },
    async getMemberByIdHash(idHash) {
      // The person's claim: the current member, or a pending join's reservation (no member: null).
      return currentMember(await holding('uPerson', idHash))
    },
    async getMemberByHolder(holderKey) {
      // One query: a person's membership records, newest first (a few: one per join); the current one, else the newest.
      const res = await memberships().where({ 'member.holderKey': holderKey }).orderBy('_id', 'desc').limit(HOLDER_RECORDS).get()
      return holderMember(res.data as Doc[], holderKey)?.m ?? null
    },
    async getHolderMembership(holderKey) {
      // One query for both: the account's membership records (index member.holderKey) and its pending application (the
      // unique uPendingAccount: at most one document, and never one with a member — a pending join has none yet).
      const res = await memberships()
        .where(_.or([{ 'member.holderKey': holderKey }, { uPendingAccount: holderKey }]))
        .orderBy('_id', 'desc')
        .limit(HOLDER_RECORDS + 1)
        .get()
      const docs = res.data as Doc[]
      const pendingDoc = docs.find((d) => d.uPendingAccount === holderKey)
      const pending = pendingDoc ? toApplication(pendingDoc) : null
      const found = holderMember(docs, holderKey)
      if (!found) return { member: null, idConsent: null, pending }
      const { m, doc } = found
      // A join's member lives in its application's document: the consent comes with it. A member made outside a
      // review (createMember) names another application, if any: read it (imports only, off the common path).
      const joined = doc._id === m.applicationId && isApplicationDoc(doc) ? toApplication(doc) : await applicationById(m.applicationId)
      return { member: m, idConsent: joined?.consents?.idNumber ?? null, pending }
    },
    async getMemberByNo(memberNo) {
      const doc = await holding('uMemberNo', memberNo)
      return doc ? toMember(doc) : null
    },
    async updateMember(m: Member) {
      // The member's claims follow its status (leaving frees the person and the account; the number stays).
      const claims = claimsOf(m.id, null, m)
      const res = await memberships()
        .where({ _id: m.id, 'member.version': m.version - 1 })
        .update({ member: _.set(memberFields(m)), uPerson: claims.uPerson, uAccount: claims.uAccount })
      return res.updated === 1
    },
    async listMembers(orgId, after, limit) {
      const size = clampLimit(limit)
      const where = after === undefined ? { 'member.orgId': orgId } : { 'member.orgId': orgId, 'member.memberNo': _.gt(after) }
      const res = await memberships().where(where).orderBy('member.memberNo', 'asc').limit(size).get()
      return pageOf((res.data as Doc[]).map((d) => toMember(d)!), size, (m) => m.memberNo)
    },
    async nextMemberSeq() {
      // Concurrent callers share one refill; each takes its own value afterwards (JS runs one at a time).
      while (next > end) {
        refill ??= drawBlock().finally(() => {
          refill = null
        })
        await refill
      }
      return next++
    },
  }
}
