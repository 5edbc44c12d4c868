/**
 * The mutual aid store contract (issue 12): MutualAidStore run against each adapter through the port only. Data is
 * unique per test (own plan, enrolment, org ids, keys and invoice hashes; the due sweep runs inside a day of its own),
 * so nothing is cleaned up and each assertion looks at the test's records. The claim writes here; plans and
 * enrolments in mutual-aid-contract-enrolments.ts, the claim lists in mutual-aid-contract-lists.ts.
 *
 * Semantics stated here, for both adapters (mutual-aid-port.ts):
 * - savePlan / updateEnrolment / updateClaim replace iff the stored version is `version - 1` (a plan at version 1 is
 *   inserted, false when its id exists); of two racers exactly one wins; updateClaim with an enrolment replaces
 *   both or neither;
 * - addEnrolments inserts the new ids and reports the ones already stored, which stay as they were;
 * - fileClaim writes the claim, its invoice keys and the enrolment's new totals, or nothing of it stays: a known
 *   requestKey → DUPLICATE_REQUEST (the stored claim's id), an invoice hash used by any claim → DUPLICATE_INVOICE,
 *   an enrolment no longer at `version - 1` → ENROLMENT_CHANGED. CloudBase writes the reservation first and undoes it
 *   on a refusal, so after one the enrolment's totals are as they were but its version may have moved on: the
 *   caller reads it again (as the handler does). Of two filings of one requestKey at once, the loser may lose the
 *   enrolment race before the winner's claim exists (ENROLMENT_CHANGED); filed again it gets DUPLICATE_REQUEST.
 * - endEnrolments ends a membership's running enrolments; settleFilings repairs CloudBase filings a crash left
 *   (mutual-aid-contract-lists.ts, atomicity-contract.ts): with none left, it settles without giving anything back.
 * - rejectClaim rejects a checked claim iff it is in the guard's approving scope and not the decider's own, in one
 *   conditional write, and gives its reservation back exactly once, without the enrolment's version (the enrolment
 *   moves on one); settleRejections finishes what a crash between CloudBase's two writes left (atomicity-contract.ts)
 *   and gives nothing back twice.
 * - confirmEnrolment activates an `enrolled` enrolment in the caller's scope in one conditional write, else null.
 */
import type { Claim, Enrolment, FileClaimResult } from '../../cloudfunctions/_lib/store/mutual-aid-port'
import type { Store } from '../../cloudfunctions/_lib/store/port'
import * as make from '../support/factories'
import * as aid from '../support/mutual-aid-factories'
import { runMutualAidEnrolmentContract } from './mutual-aid-contract-enrolments'
import { runMutualAidListContract } from './mutual-aid-contract-lists'

export type Opened = { store: Store; cleanup?: () => Promise<void> }

export function runMutualAidStoreContract(label: string, open: () => Promise<Opened>) {
  describe(label, () => {
    let opened: Opened
    let store: Store
    beforeAll(async () => {
      opened = await open()
      store = opened.store
    })
    afterAll(async () => {
      await store.close()
      await opened.cleanup?.()
    })
    const m = () => store.mutualAid
    runMutualAidEnrolmentContract(m)

    /** An active enrolment, stored. */
    async function enrolled(overrides: Partial<Enrolment> = {}): Promise<Enrolment> {
      const e = aid.enrolment(overrides)
      expect(await m().addEnrolments([e])).toEqual({ existing: [] })
      return e
    }
    /** Nothing of `c` stays and `e`'s totals are as they were (a reservation made and given back moves the version). */
    async function nothingWritten(c: Claim, e: Enrolment, otherClaimId?: string) {
      expect(await m().getClaim(c.id)).toBeNull()
      if (otherClaimId === undefined) expect(await m().getClaimByRequestKey(c.requestKey)).toBeNull()
      else expect((await m().getClaimByRequestKey(c.requestKey))?.id).toBe(otherClaimId)
      const stored = (await m().getEnrolment(e.id))!
      expect(stored).toEqual({ ...e, version: stored.version })
      expect(stored.version).toBeGreaterThanOrEqual(e.version)
    }
    const reread = async (e: Enrolment) => (await m().getEnrolment(e.id))!

    describe('claims: filing', () => {
      test('When a claim is filed, then the claim, its invoice keys and the enrolment’s reserved totals are stored together', async () => {
        const e = await enrolled()
        const c = aid.claimUnder(e, { invoiceHashes: [make.uid('inv'), make.uid('inv')], diagnosisEnc: 'enc:dx' })
        expect(await m().invoiceUsed(c.invoiceHashes[0])).toBe(false)
        expect(await m().fileClaim(c, aid.reserved(e, c))).toEqual({ ok: true })
        expect(await m().getClaim(c.id)).toEqual(c)
        expect(await m().getClaimByRequestKey(c.requestKey)).toEqual(c)
        for (const h of c.invoiceHashes) expect(await m().invoiceUsed(h)).toBe(true)
        expect(await m().getEnrolment(e.id)).toEqual({ ...e, capUsed: 2750, version: 2 })
        expect(await m().getClaim(make.uid('claim'))).toBeNull()
        expect(await m().getClaimByRequestKey(make.uid('mreq'))).toBeNull()
        expect(await m().invoiceUsed(make.uid('inv'))).toBe(false)
      })

      test('When a claim lists the same invoice twice, then it is filed and the invoice is used once', async () => {
        const e = await enrolled()
        const hash = make.uid('inv')
        const c = aid.claimUnder(e, { invoiceHashes: [hash, hash] })
        expect(await m().fileClaim(c, aid.reserved(e, c))).toEqual({ ok: true })
        expect(await m().invoiceUsed(hash)).toBe(true)
        expect(await m().getClaim(c.id)).toEqual(c)
      })

      test('When a claim is retried with its requestKey, then DUPLICATE_REQUEST names the first claim and nothing of the retry is written', async () => {
        const e = await enrolled()
        const first = aid.claimUnder(e)
        await m().fileClaim(first, aid.reserved(e, first))
        const after = (await m().getEnrolment(e.id))!
        // The retry as the handler builds it: a fresh id, the same invoices, the enrolment it read before the first landed.
        const retry = aid.claimUnder(e, { requestKey: first.requestKey, invoiceHashes: first.invoiceHashes })
        expect(await m().fileClaim(retry, aid.reserved(e, retry))).toEqual({ ok: false, reason: 'DUPLICATE_REQUEST', existingId: first.id })
        await nothingWritten(retry, after, first.id)
      })

      test('When an invoice was used by anyone’s claim, then DUPLICATE_INVOICE and nothing is written: no claim, no keys, the enrolment as it was', async () => {
        const other = await enrolled()
        const used = aid.claimUnder(other)
        await m().fileClaim(used, aid.reserved(other, used))
        const e = await enrolled()
        const fresh = make.uid('inv')
        const c = aid.claimUnder(e, { invoiceHashes: [fresh, used.invoiceHashes[0]] })
        expect(await m().fileClaim(c, aid.reserved(e, c))).toEqual({ ok: false, reason: 'DUPLICATE_INVOICE' })
        await nothingWritten(c, e)
        expect(await m().invoiceUsed(fresh)).toBe(false)
        // Without the used invoice the same claim is filed (on the enrolment as it is now).
        const fixed = { ...c, invoiceHashes: [fresh] }
        expect(await m().fileClaim(fixed, aid.reserved(await reread(e), fixed))).toEqual({ ok: true })
        expect(await m().getClaim(c.id)).toEqual(fixed)
        expect((await reread(e)).capUsed).toBe(2750)
      })

      test('When the enrolment changed since it was read, then ENROLMENT_CHANGED and nothing is written', async () => {
        const e = await enrolled()
        const moved = { ...e, capUsed: 1000, version: 2 }
        expect(await m().updateEnrolment(moved)).toBe(true)
        const c = aid.claimUnder(e)
        expect(await m().fileClaim(c, aid.reserved(e, c))).toEqual({ ok: false, reason: 'ENROLMENT_CHANGED' })
        await nothingWritten(c, moved)
        expect(await m().invoiceUsed(c.invoiceHashes[0])).toBe(false)
        expect(await m().fileClaim(c, aid.reserved(moved, c))).toEqual({ ok: true })
        expect((await m().getEnrolment(e.id))?.capUsed).toBe(3750)
      })

      test('When two claims on one enrolment are filed at once from the same version, then exactly one is filed', async () => {
        const e = await enrolled()
        const racers = [aid.claimUnder(e), aid.claimUnder(e)]
        const results = await Promise.all(racers.map((c) => m().fileClaim(c, aid.reserved(e, c))))
        expect(results.filter((r) => r.ok)).toHaveLength(1)
        const winner = racers[results.findIndex((r) => r.ok)]
        const loser = racers[results.findIndex((r) => !r.ok)]
        expect(results.find((r) => !r.ok)).toEqual({ ok: false, reason: 'ENROLMENT_CHANGED' })
        expect(await m().getClaim(winner.id)).toEqual(winner)
        await nothingWritten(loser, aid.reserved(e, winner))
        expect(await m().invoiceUsed(loser.invoiceHashes[0])).toBe(false)
      })

      test('When two claims with one invoice (or one requestKey) race, then one is filed and the other is told why', async () => {
        const [a, b] = [await enrolled(), await enrolled()]
        const hash = make.uid('inv')
        const pair = [aid.claimUnder(a, { invoiceHashes: [hash] }), aid.claimUnder(b, { invoiceHashes: [hash] })]
        const results = await Promise.all([m().fileClaim(pair[0], aid.reserved(a, pair[0])), m().fileClaim(pair[1], aid.reserved(b, pair[1]))])
        expect(results.filter((r) => r.ok)).toHaveLength(1)
        expect(results.find((r) => !r.ok)).toEqual({ ok: false, reason: 'DUPLICATE_INVOICE' })
        const e = await enrolled()
        const requestKey = make.uid('mreq')
        const same = [aid.claimUnder(e, { requestKey }), aid.claimUnder(e, { requestKey })]
        const twice = await Promise.all(same.map((c) => m().fileClaim(c, aid.reserved(e, c))))
        const won = same[twice.findIndex((r) => r.ok)]
        const lost = same[twice.findIndex((r) => !r.ok)]
        let answer: FileClaimResult = twice.find((r) => !r.ok)!
        // Lost the enrolment race before the winner's claim existed: filed again, as the handler does.
        if (!answer.ok && answer.reason === 'ENROLMENT_CHANGED') answer = await m().fileClaim(lost, aid.reserved(await reread(e), lost))
        expect(answer).toEqual({ ok: false, reason: 'DUPLICATE_REQUEST', existingId: won.id })
        const stored = await reread(e)
        expect(stored).toEqual({ ...aid.reserved(e, won), version: stored.version })
        expect(await m().getClaim(lost.id)).toBeNull()
        expect(await m().invoiceUsed(lost.invoiceHashes[0])).toBe(false)
      })

      test('When a membership ends, then a claim filed from the enrolment read before loses its race and the one read after says so', async () => {
        const e = await enrolled()
        expect(await m().endEnrolments(e.holderKey, e.memberId, '2027-03-05')).toBe(1)
        const c = aid.claimUnder(e)
        expect(await m().fileClaim(c, aid.reserved(e, c))).toEqual({ ok: false, reason: 'ENROLMENT_CHANGED' })
        await nothingWritten(c, { ...e, status: 'ended', endedOn: '2027-03-05', version: 2 })
        expect(await reread(e)).toMatchObject({ status: 'ended', endedOn: '2027-03-05' })
      })

      test('When every filing completed, then settling them gives nothing back: claims, keys and totals stay', async () => {
        const e = await enrolled()
        const c = aid.claimUnder(e, { invoiceHashes: [make.uid('inv'), make.uid('inv')] })
        expect(await m().fileClaim(c, aid.reserved(e, c))).toEqual({ ok: true })
        let after: string | undefined
        let released = 0
        do {
          const page = await m().settleFilings('2027-03-13T00:00:00+08:00', after, 100)
          released += page.released
          after = page.next ?? undefined
        } while (after)
        expect(released).toBe(0)
        expect(await reread(e)).toMatchObject({ capUsed: 2750, criticalUsed: false })
        expect(await m().getClaim(c.id)).toEqual(c)
        for (const h of c.invoiceHashes) expect(await m().invoiceUsed(h)).toBe(true)
      })
    })

    describe('claims: updates', () => {
      test('When a claim is updated from the stored version, then it is replaced whole; stale or skipped versions are refused', async () => {
        const e = await enrolled()
        const c = aid.claimUnder(e, { rejection: null })
        await m().fileClaim(c, aid.reserved(e, c))
        const checked: Claim = { ...c, status: 'checked', decideBy: '2027-03-19T23:59:59+08:00', escalateAt: '2027-03-19T23:59:59+08:00', history: [...c.history, { at: '2027-03-13T09:00:00+08:00', type: 'documents_ok', actor: 'o-eu', note: '齐全' }], version: 2 }
        expect(await m().updateClaim(checked)).toBe(true)
        expect(await m().updateClaim({ ...checked, status: 'returned' })).toBe(false)
        expect(await m().updateClaim({ ...checked, version: 4 })).toBe(false)
        expect(await m().updateClaim(aid.claim({ version: 2 }))).toBe(false)
        expect(await m().getClaim(c.id)).toEqual(checked)
      })

      test('When a rejection releases the reserved cap, then claim and enrolment are replaced together, or neither on a stale version', async () => {
        const e = await enrolled()
        const c = aid.claimUnder(e, { status: 'checked' })
        const held = aid.reserved(e, c)
        await m().fileClaim(c, held)
        const rejected: Claim = { ...c, status: 'rejected', rejection: { code: 'DOCUMENTS_INVALID', note: '发票无法核验' }, version: 2 }
        const released = { ...held, capUsed: 0, version: 3 }
        // A stale enrolment: the claim is left as it was.
        expect(await m().updateClaim(rejected, { ...released, version: 2 })).toBe(false)
        expect(await m().getClaim(c.id)).toEqual(c)
        // A stale claim: the enrolment is left as it was.
        expect(await m().updateClaim({ ...rejected, version: 3 }, released)).toBe(false)
        expect(await m().getEnrolment(e.id)).toEqual(held)
        expect(await m().updateClaim(rejected, released)).toBe(true)
        expect(await m().getClaim(c.id)).toEqual(rejected)
        expect(await m().getEnrolment(e.id)).toEqual(released)
      })

      const EVENT = { at: '2027-03-15T10:00:00+08:00', type: 'rejected', actor: 'o-town', code: 'DOCUMENTS_INVALID', note: '发票无法核验' }
      const REJECTION = { code: 'DOCUMENTS_INVALID' as const, note: '发票无法核验' }
      const guardOf = (overrides: Partial<{ scopeOrgId: string; notHolderKey: string }> = {}) => ({ scopeOrgId: 'city', notHolderKey: make.uid('officer-holder'), ...overrides })
      const rejectedOf = (c: Claim): Claim => ({ ...c, status: 'rejected', rejection: REJECTION, escalateAt: null, history: [...c.history, EVENT], version: c.version + 1 })

      test('When a checked claim is rejected in scope, then it is written and answered, its reservation given back (to the fen) and the enrolment moved on a version', async () => {
        const e = await enrolled({ capUsed: 1000.1 })
        const c = aid.claimUnder(e, { status: 'checked', escalateAt: '2027-03-19T23:59:59+08:00' })
        const held = aid.reserved(e, c)
        await m().fileClaim(c, held)
        // Another claim moves the enrolment after this one was filed: the rejection does not need its version.
        const other = aid.claimUnder(e)
        const moved = aid.reserved(held, other)
        expect(await m().fileClaim(other, moved)).toEqual({ ok: true })
        // Out of scope (another town; a prefix of the segment is not the segment), or the decider's own claim: nothing written.
        expect(await m().rejectClaim(c.id, guardOf({ scopeOrgId: make.uid('town') }), REJECTION, EVENT)).toBeNull()
        expect(await m().rejectClaim(c.id, guardOf({ scopeOrgId: c.approveOrgId.slice(0, -1) }), REJECTION, EVENT)).toBeNull()
        expect(await m().rejectClaim(c.id, guardOf({ notHolderKey: c.holderKey }), REJECTION, EVENT)).toBeNull()
        expect(await m().rejectClaim(make.uid('claim'), guardOf(), REJECTION, EVENT)).toBeNull()
        expect(await m().getClaim(c.id)).toEqual(c)
        expect(await reread(e)).toEqual(moved)
        const rejected = rejectedOf(c)
        expect(await m().rejectClaim(c.id, guardOf({ scopeOrgId: c.approveOrgId }), REJECTION, EVENT)).toEqual(rejected)
        expect(await m().getClaim(c.id)).toEqual(rejected)
        // To the fen: 1000.1 + 2750 + 2750 − 2750.
        expect(await reread(e)).toEqual({ ...moved, capUsed: 3750.1, version: moved.version + 1 })
        // A filing from the enrolment as read before the rejection loses its race.
        const late = aid.claimUnder(e)
        expect(await m().fileClaim(late, aid.reserved(moved, late))).toEqual({ ok: false, reason: 'ENROLMENT_CHANGED' })
        // Again: no longer checked, nothing given back twice.
        expect(await m().rejectClaim(c.id, guardOf(), REJECTION, EVENT)).toBeNull()
        expect(await m().getClaim(c.id)).toEqual(rejected)
        expect((await reread(e)).capUsed).toBe(3750.1)
      })

      test('When a critical-illness claim that set the flag is rejected twice at once, then one rejection stands and the flag and payable are released once', async () => {
        const e = await enrolled()
        const c = aid.claimUnder(e, { status: 'checked', benefit: 'critical_illness' })
        const held = aid.reserved(e, c)
        expect(held.criticalUsed).toBe(true)
        await m().fileClaim(c, held)
        const results = await Promise.all(['o-town-1', 'o-town-2'].map((actor) => m().rejectClaim(c.id, guardOf(), REJECTION, { ...EVENT, actor })))
        const won = results.filter((r) => r !== null)
        expect(won).toHaveLength(1)
        expect(await m().getClaim(c.id)).toEqual(won[0])
        expect(won[0]!.history).toHaveLength(c.history.length + 1)
        expect(await reread(e)).toEqual({ ...held, capUsed: 0, criticalUsed: false, version: held.version + 1 })
        // Nothing was left for the sweep to give back (SQLite: nothing to do; CloudBase: the release was made).
        let after: string | undefined
        let released = 0
        do {
          const page = await m().settleRejections('2027-03-16T00:00:00+08:00', after, 100)
          released += page.released
          after = page.next ?? undefined
        } while (after)
        expect(released).toBe(0)
        expect(await reread(e)).toEqual({ ...held, capUsed: 0, criticalUsed: false, version: held.version + 1 })
      })

      test('When two officers approve the same version at once, then exactly one transition happens', async () => {
        const e = await enrolled()
        const c = aid.claimUnder(e, { status: 'checked' })
        await m().fileClaim(c, aid.reserved(e, c))
        const approvals = ['o-town-1', 'o-town-2'].map((by) => ({ ...c, status: 'approved' as const, approvals: [{ by, at: '2027-03-15T10:00:00+08:00' }], version: 2 }))
        const results = await Promise.all(approvals.map((x) => m().updateClaim(x)))
        expect(results.filter(Boolean)).toHaveLength(1)
        expect(await m().getClaim(c.id)).toEqual(approvals[results.indexOf(true)])
      })
    })

    runMutualAidListContract(m)
  })
}
