/**
 * Medical mutual aid on SQLite (issue 12): plans, enrolments and claims as JSON documents with indexed columns
 * (mutual-aid-rows.ts), and one row per claimed invoice whose keyed hash is the primary key. Filing a claim is
 * one `db.transaction` (a SAVEPOINT inside the group commit, decision 0007): it checks the requestKey, the invoice
 * hashes and the enrolment's version first and refuses without writing, then writes the enrolment's totals, the
 * claim and its invoice keys — all or none (so `settleFilings`, CloudBase's repair, has nothing to do here). Updates are version-guarded; every list is a keyset page over an
 * index named with INDEXED BY (tests check each plan).
 */
import type Database from 'better-sqlite3'
import type { RejectCode } from '../../../../types/mutual-aid-labels'
import type { Claim, ClaimEvent, Enrolment, FileClaimResult, MutualAidStore, Plan } from '../mutual-aid-port'
import { compositeCursor, parseCursor } from '../cursor'
import { prefixEnd } from './directory'
import { claimRow, enrolmentRow, MUTUAL_AID_SQL as S, planRow, queueKey, type DocRow } from './mutual-aid-rows'
import { clampLimit, pageOf } from './page'

/** Above every time: the first page of a newest-first list. */
const TOP = '\uffff'
/** Above every year: the first page of the plans. */
const TOP_YEAR = 1_000_000
/** More enrolments than one person holds (a few cover years): ending a membership reads them all at once. */
const HOLDER_MAX = 1000

type Params = Record<string, string | number>

export function sqliteMutualAid(db: Database.Database): MutualAidStore {
  const one = <T>(sql: string) => {
    const statement = db.prepare<[string], DocRow>(sql)
    return (key: string): T | null => {
      const row = statement.get(key)
      return row ? (JSON.parse(row.doc) as T) : null
    }
  }
  const many = <T>(sql: string) => {
    const statement = db.prepare<[Params], DocRow>(sql)
    return (params: Params): T[] => statement.all(params).map((row) => JSON.parse(row.doc) as T)
  }
  const plan = one<Plan>(S.planById)
  const plans = many<Plan>(S.plans)
  // Rows written before `endedOn` existed read as not ended.
  const ended = (e: Enrolment): Enrolment => ({ ...e, endedOn: e.endedOn ?? null })
  const enrolmentById = one<Enrolment>(S.enrolmentById)
  const enrolment = (id: string) => {
    const e = enrolmentById(id)
    return e && ended(e)
  }
  const byHolder = many<Enrolment>(S.enrolmentsByHolder)
  const enrolmentsByHolder = (params: Params) => byHolder(params).map(ended)
  const ofOrg = many<Enrolment>(S.enrolmentsOfOrg)
  const enrolmentsOfOrg = (params: Params) => ofOrg(params).map(ended)
  const claim = one<Claim>(S.claimById)
  const claimByRequestKey = one<Claim>(S.claimByRequestKey)
  const queues = { review: many<Claim>(S.queue.review), approve: many<Claim>(S.queue.approve), pay: many<Claim>(S.queue.pay) }
  const claimsByHolder = many<Claim>(S.claimsByHolder)
  const claimsDue = many<Claim>(S.claimsDue)
  const claimsForStats = many<Claim>(S.claimsForStats)
  const insertPlan = db.prepare(S.insertPlan)
  const updatePlan = db.prepare(S.updatePlan)
  const insertEnrolment = db.prepare(S.insertEnrolment)
  const updateEnrolment = db.prepare(S.updateEnrolment)
  const enrolmentVersion = db.prepare<[string], number>('SELECT version FROM mutual_aid_enrolments WHERE id = ?').pluck()
  const insertClaim = db.prepare(S.insertClaim)
  const updateClaim = db.prepare(S.updateClaim)
  const claimIdByRequestKey = db.prepare<[string], string>(S.claimIdByRequestKey).pluck()
  const invoiceUsed = db.prepare<[string], number>(S.invoiceUsed).pluck()
  const insertInvoice = db.prepare<[string, string]>(S.insertInvoice)

  /** A write the checks before it made certain; failing it is a bug, and throwing rolls the unit back. */
  const must = (changes: number, what: string) => {
    if (changes !== 1) throw new Error(`mutual aid: ${what} was not written`)
  }

  const endEnrolments = db.transaction((holderKey: string, memberId: string, lastDay: string): number => {
    const live = enrolmentsByHolder({ owner: holderKey, limit: HOLDER_MAX })
      .filter((e) => e.memberId === memberId && (e.status === 'enrolled' || e.status === 'active'))
    for (const e of live) {
      const next = enrolmentRow({ ...e, status: 'ended', endedOn: lastDay, version: e.version + 1 })
      must(updateEnrolment.run({ ...next, expected: e.version }).changes, `enrolment ${e.id}`)
    }
    return live.length
  })

  const confirmEnrolment = db.transaction((id: string, scopeOrgId: string, reference: string, at: string): Enrolment | null => {
    const e = enrolment(id)
    // inScope (domain/scope.ts): the org's id is a segment of the path.
    if (!e || e.status !== 'enrolled' || !e.orgPath.includes(`/${scopeOrgId}/`)) return null
    const next: Enrolment = { ...e, status: 'active', paymentReference: reference, paymentConfirmedAt: at, version: e.version + 1 }
    must(updateEnrolment.run({ ...enrolmentRow(next), expected: e.version }).changes, `enrolment ${id}`)
    return next
  })

  const addEnrolments = db.transaction((es: Enrolment[]) => {
    const existing: string[] = []
    for (const e of es) if (insertEnrolment.run(enrolmentRow(e)).changes === 0) existing.push(e.id)
    return { existing }
  })

  // Every refusal is decided before the first write, so a refused claim writes nothing.
  const fileClaim = db.transaction((c: Claim, e: Enrolment): FileClaimResult => {
    const existingId = claimIdByRequestKey.get(c.requestKey)
    if (existingId !== undefined) return { ok: false, reason: 'DUPLICATE_REQUEST', existingId }
    const hashes = [...new Set(c.invoiceHashes)]
    if (hashes.some((h) => invoiceUsed.get(h) !== undefined)) return { ok: false, reason: 'DUPLICATE_INVOICE' }
    if (enrolmentVersion.get(e.id) !== e.version - 1) return { ok: false, reason: 'ENROLMENT_CHANGED' }
    must(updateEnrolment.run({ ...enrolmentRow(e), expected: e.version - 1 }).changes, `enrolment ${e.id}`)
    must(insertClaim.run(claimRow(c)).changes, `claim ${c.id} (its id is taken)`)
    for (const h of hashes) must(insertInvoice.run(h, c.id).changes, `an invoice key of claim ${c.id}`)
    return { ok: true }
  })

  // A lost race on either record writes nothing.
  const replaceClaim = db.transaction((c: Claim, e: Enrolment | undefined): boolean => {
    if (e && enrolmentVersion.get(e.id) !== e.version - 1) return false
    if (updateClaim.run({ ...claimRow(c), expected: c.version - 1 }).changes !== 1) return false
    if (e) must(updateEnrolment.run({ ...enrolmentRow(e), expected: e.version - 1 }).changes, `enrolment ${e.id}`)
    return true
  })

  // The claim iff it is checked, in scope and not the decider's own, and its reservation given back: all or nothing.
  const rejectClaim = db.transaction((id: string, guard: { scopeOrgId: string; notHolderKey: string }, rejection: { code: RejectCode; note: string }, event: ClaimEvent): Claim | null => {
    const c = claim(id)
    // inScope (domain/scope.ts): the org's id is a segment of the path.
    if (!c || c.status !== 'checked' || !c.approvePath.includes(`/${guard.scopeOrgId}/`) || c.holderKey === guard.notHolderKey) return null
    const next: Claim = { ...c, status: 'rejected', rejection, escalateAt: null, history: [...c.history, event], version: c.version + 1 }
    must(updateClaim.run({ ...claimRow(next), expected: c.version }).changes, `claim ${id}`)
    const e = enrolment(c.enrolmentId)
    if (!e) throw new Error(`mutual aid: claim ${c.id} has no enrolment`)
    const setCritical = c.benefit === 'critical_illness' && c.payout.payable > 0
    const released: Enrolment = {
      ...e, capUsed: Math.max(0, Math.round(e.capUsed * 100) - Math.round(c.payout.payable * 100)) / 100,
      criticalUsed: setCritical ? false : e.criticalUsed, version: e.version + 1,
    }
    must(updateEnrolment.run({ ...enrolmentRow(released), expected: e.version }).changes, `enrolment ${e.id}`)
    return next
  })

  /** Keyset parameters: ascending lists start below every key, newest-first ones above. */
  const asc = (after: string | undefined, size: number): Params => ({ ...parseCursor(after), limit: size })
  const desc = (after: string | undefined, size: number): Params => ({ ...(after === undefined ? { key: TOP, id: '' } : parseCursor(after)), limit: size })
  const created = (c: Claim) => compositeCursor(c.createdAt, c.id)

  return {
    async savePlan(p) {
      if (p.version === 1) return insertPlan.run(planRow(p)).changes === 1
      return updatePlan.run({ ...planRow(p), expected: p.version - 1 }).changes === 1
    },
    async getPlan(id) {
      return plan(id)
    },
    async listPlans(after, limit) {
      const size = clampLimit(limit)
      // year is an integer column: the cursor's year is bound as a number (a text would sort above every integer).
      const { key, id } = parseCursor(after)
      const cursor = after === undefined ? { key: TOP_YEAR, id: '' } : { key: Number(key), id }
      return pageOf(plans({ ...cursor, limit: size }), size, (p) => compositeCursor(String(p.year), p.id))
    },

    async addEnrolments(es) {
      return addEnrolments(es)
    },
    async getEnrolment(id) {
      return enrolment(id)
    },
    async listEnrolmentsByHolder(holderKey, limit) {
      return enrolmentsByHolder({ owner: holderKey, limit: clampLimit(limit) })
    },
    async listEnrolmentsOfOrg(orgId, planId, after, limit) {
      const size = clampLimit(limit)
      return pageOf(enrolmentsOfOrg({ ...asc(after, size), org: orgId, plan: planId }), size, (e) => compositeCursor(e.memberNo, e.id))
    },
    async updateEnrolment(e) {
      return updateEnrolment.run({ ...enrolmentRow(e), expected: e.version - 1 }).changes === 1
    },
    async confirmEnrolment(id, scopeOrgId, reference, at) {
      return confirmEnrolment(id, scopeOrgId, reference, at)
    },
    async endEnrolments(holderKey, memberId, lastDay) {
      return endEnrolments(holderKey, memberId, lastDay)
    },

    async fileClaim(c, e) {
      return fileClaim(c, e)
    },
    async settleFilings() {
      // A filing is one transaction here: nothing is ever left half-done.
      return { settled: 0, released: 0, next: null }
    },
    async getClaim(id) {
      return claim(id)
    },
    async getClaimByRequestKey(requestKey) {
      return claimByRequestKey(requestKey)
    },
    async invoiceUsed(invoiceHash) {
      return invoiceUsed.get(invoiceHash) !== undefined
    },
    async updateClaim(c, e) {
      return replaceClaim(c, e)
    },
    async rejectClaim(id, guard, rejection, event) {
      return rejectClaim(id, guard, rejection, event)
    },
    async settleRejections() {
      // A rejection is one transaction here: no release is ever left to finish.
      return { settled: 0, released: 0, next: null }
    },
    async listClaimQueue(orgId, stage, after, limit) {
      const size = clampLimit(limit)
      return pageOf(queues[stage]({ ...asc(after, size), org: orgId }), size, (c) => compositeCursor(queueKey(c), c.id))
    },
    async listClaimsByHolder(holderKey, after, limit) {
      const size = clampLimit(limit)
      return pageOf(claimsByHolder({ ...desc(after, size), owner: holderKey }), size, created)
    },
    async listClaimsDue(now, after, limit) {
      const size = clampLimit(limit)
      return pageOf(claimsDue({ ...asc(after, size), now }), size, (c) => compositeCursor(c.escalateAt ?? '', c.id))
    },
    async listClaimsForStats(planId, pathPrefix, after, limit) {
      const size = clampLimit(limit)
      // An empty prefix is the whole tree (paths are ASCII, all below U+FFFF).
      const end = pathPrefix === '' ? TOP : prefixEnd(pathPrefix)
      const params = { ...asc(after, size), plan: planId, prefix: pathPrefix, prefixEnd: end }
      return pageOf(claimsForStats(params), size, created)
    },
  }
}
