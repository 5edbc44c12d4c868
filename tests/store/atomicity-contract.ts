/**
 * Failure injection, run on both adapters (atomicity-sqlite.test.ts, atomicity-cloudbase.test.ts): a failure
 * between the writes of one store call leaves none of them, and once the failure is over the same call
 * succeeds — nothing half-written is left to block it.
 */
import type { Store } from '../../cloudfunctions/_lib/store/port'
import * as make from '../support/factories'
import * as aid from '../support/mutual-aid-factories'

export type Faults = {
  /**
   * From now on a write to `collection` fails inside the store call's write path (SQLite: a trigger raises;
   * CloudBase: that request and every one after it fail, as when the connection is lost mid-call).
   */
  breakAt(collection: string): void
  /** The failure is over (CloudBase: and the transactions it abandoned have run out their lifetime). */
  heal(): void
}

/**
 * The injected failure, matched by its message: better-sqlite3's native addon keeps the error class of the first
 * jest test file that loaded it, so in a later file its errors are not `instanceof` that file's Error and
 * `toThrow` would call a rejection "did not throw".
 */
const INJECTED = { message: expect.stringMatching(/injected/) }

/**
 * `participantsAt` / `messagesAt`: where the adapter writes a case's participants / messages (SQLite: their tables;
 * CloudBase: the case document).
 */
type Opened = { store: Store; faults: Faults; participantsAt: string; messagesAt: string; cleanup?: () => Promise<void> }

export function runAtomicityContract(label: string, open: () => Promise<Opened>) {
  describe(label, () => {
    let opened: Opened
    let store: Store
    beforeAll(async () => {
      opened = await open()
      store = opened.store
    })
    afterEach(() => opened.faults.heal())
    afterAll(async () => {
      await store.close()
      await opened.cleanup?.()
    })

    test('When grievances.create fails at the case, then neither the case nor its reporter exists; afterwards the same call succeeds', async () => {
      const c = make.grievanceCase()
      const reporter = make.participant({ caseId: c.id })
      opened.faults.breakAt('grievances')
      await expect(store.grievances.create(c, reporter)).rejects.toMatchObject(INJECTED)
      opened.faults.heal()
      expect(await store.grievances.getByRequestKey(reporter.requestKey)).toBeNull()
      expect(await store.grievances.get(c.id)).toBeNull()
      expect(await store.grievances.create(c, reporter)).toBe(true)
      expect(await store.grievances.getWithParticipants(c.id)).toEqual({ c, participants: [reporter] })
    })

    test.each(['case', 'participant'] as const)('When grievances.join fails at the %s, then neither the joiner nor the case change exists; afterwards the same call succeeds', async (at) => {
      const c = make.grievanceCase()
      const reporter = make.participant({ caseId: c.id })
      expect(await store.grievances.create(c, reporter)).toBe(true)
      const joiner = make.participant({ caseId: c.id, role: 'joiner', privacy: 'anonymous', contactEnc: null })
      const next = { ...c, participantCount: 2, strictPrivacy: 'anonymous' as const, version: 2 }
      opened.faults.breakAt(at === 'case' ? 'grievances' : opened.participantsAt)
      await expect(store.grievances.join(next, joiner)).rejects.toMatchObject(INJECTED)
      opened.faults.heal()
      expect(await store.grievances.getWithParticipants(c.id)).toEqual({ c, participants: [reporter] })
      expect(await store.grievances.getByRequestKey(joiner.requestKey)).toBeNull()
      expect(await store.grievances.join(next, joiner)).toBe('joined')
      expect(await store.grievances.getWithParticipants(c.id)).toEqual({ c: next, participants: [reporter, joiner] })
    })

    test.each(['case', 'message'] as const)('When grievances.updateWithMessage fails at the %s, then neither the case change nor the message exists; afterwards the same call succeeds', async (at) => {
      const c = make.grievanceCase({ status: 'accepted' })
      const reporter = make.participant({ caseId: c.id })
      expect(await store.grievances.create(c, reporter)).toBe(true)
      const next = { ...c, status: 'awaiting_info' as const, pausedSince: '2026-03-12T10:00:00+08:00', version: 2 }
      const question = make.caseMessage({ caseId: c.id, kind: 'info_request' })
      opened.faults.breakAt(at === 'case' ? 'grievances' : opened.messagesAt)
      await expect(store.grievances.updateWithMessage(next, question)).rejects.toMatchObject(INJECTED)
      opened.faults.heal()
      expect(await store.grievances.get(c.id)).toEqual(c)
      expect((await store.grievances.listMessages(c.id, undefined, 10)).items).toEqual([])
      expect(await store.grievances.updateWithMessage(next, question)).toBe(true)
      expect(await store.grievances.getWithMessages(c.id, undefined, 10)).toEqual({ c: next, participants: [reporter], messages: { items: [question], next: null } })
    })

    test('When a directory batch fails at its last record (an officer), then none of its orgs and enterprises exist; a re-run writes it all', async () => {
      const t = make.town()
      const area = make.childOrg(t, { type: 'area_committee' })
      const enterprises = [make.enterprise({ townId: t.id }), make.enterprise({ townId: t.id })]
      const officers = [make.officer({ orgId: t.id }), make.officer({ orgId: area.id })]
      const batch = { orgs: [t, area], enterprises, officers }
      opened.faults.breakAt('officers')
      await expect(store.directory.upsertBatch(batch)).rejects.toMatchObject(INJECTED)
      opened.faults.heal()
      expect(await store.directory.getOrg(t.id)).toBeNull()
      expect(await store.directory.getOrg(area.id)).toBeNull()
      expect(await store.directory.getEnterprise(enterprises[0].id)).toBeNull()
      expect(await store.directory.getEnterpriseByCreditCode(enterprises[1].creditCode)).toBeNull()
      expect(await store.officers.get(officers[0].openid)).toBeNull()
      await store.directory.upsertBatch(batch)
      expect(await store.directory.getOrg(area.id)).toEqual(area)
      expect(await store.officers.get(officers[1].openid)).toEqual(officers[1])
    })

    test('When createApplication fails at the application, then nothing of it remains: the retried request (a new id) is accepted at once', async () => {
      const a = make.application()
      opened.faults.breakAt('membership_applications')
      await expect(store.memberships.createApplication(a)).rejects.toMatchObject(INJECTED)
      opened.faults.heal()
      expect(await store.memberships.getApplication(a.id)).toBeNull()
      expect(await store.memberships.getPendingApplication(a.idHash)).toBeNull()
      // What the handler sends when the client retries: the same request and person, a fresh id.
      const retry = make.application({ requestKey: a.requestKey, idHash: a.idHash, holderKey: a.holderKey })
      expect(await store.memberships.createApplication(retry)).toEqual({ ok: true })
      expect(await store.memberships.createApplication(make.application({ idHash: a.idHash }))).toEqual({ ok: false, reason: 'ALREADY_APPLIED' })
    })

    test('When createMember fails at the member, then neither the person nor the number is taken: another member with both is created at once', async () => {
      const m = make.member()
      opened.faults.breakAt('members')
      await expect(store.memberships.createMember(m)).rejects.toMatchObject(INJECTED)
      opened.faults.heal()
      expect(await store.memberships.getMember(m.id)).toBeNull()
      expect(await store.memberships.getMemberByNo(m.memberNo)).toBeNull()
      const next = make.member({ idHash: m.idHash, memberNo: m.memberNo })
      expect(await store.memberships.createMember(next)).toBe(true)
      expect(await store.memberships.getMemberByIdHash(m.idHash)).toEqual(next)
    })

    // A filing: SQLite one transaction; CloudBase three requests — the enrolment's reservation (recording the filing),
    // the invoice keys, the claim (cloudbase/mutual-aid-filing.ts). A failure at each; after it the member's retry
    // (the same requestKey, a fresh id, the enrolment read again) and the sweep (settleFilings) run.
    const FILING_WRITES = ['mutual_aid_enrolments', 'mutual_aid_invoices', 'mutual_aid_claims']
    const SWEPT = '2027-03-13T00:00:00+08:00'
    async function failedFiling(at: string) {
      const e = aid.enrolment({ capUsed: 1000, version: 3 })
      expect(await store.mutualAid.addEnrolments([e])).toEqual({ existing: [] })
      const c = aid.claimUnder(e, { invoiceHashes: [make.uid('inv'), make.uid('inv')] })
      opened.faults.breakAt(at)
      await expect(store.mutualAid.fileClaim(c, aid.reserved(e, c))).rejects.toMatchObject(INJECTED)
      opened.faults.heal()
      // No claim: nothing anyone acts on, so nothing of the cap is spent beyond what is reserved.
      expect(await store.mutualAid.getClaim(c.id)).toBeNull()
      expect(await store.mutualAid.getClaimByRequestKey(c.requestKey)).toBeNull()
      const held = (await store.mutualAid.getEnrolment(e.id))!
      // At most this filing's payable is held back: the cap is under-used, never over-spent.
      expect([1000, 3750]).toContain(held.capUsed)
      const retry = aid.claimUnder(e, { requestKey: c.requestKey, invoiceHashes: c.invoiceHashes })
      return { e, c, held, retry }
    }
    async function settleAll() {
      let after: string | undefined
      do after = (await store.mutualAid.settleFilings(SWEPT, after, 100)).next ?? undefined
      while (after)
    }

    for (const at of FILING_WRITES) {
      test(`When mutualAid.fileClaim fails at ${at}, then no claim and the cap not over-spent; the retry files it, and after the sweep the enrolment holds exactly its payable`, async () => {
        const { e, held, retry } = await failedFiling(at)
        expect(await store.mutualAid.fileClaim(retry, aid.reserved(held, retry))).toEqual({ ok: true })
        expect(await store.mutualAid.getClaimByRequestKey(retry.requestKey)).toEqual(retry)
        for (const h of retry.invoiceHashes) expect(await store.mutualAid.invoiceUsed(h)).toBe(true)
        await settleAll()
        expect(await store.mutualAid.getEnrolment(e.id)).toMatchObject({ capUsed: 1000 + 2750, criticalUsed: false })
        // Settled: the claim and its keys stay.
        expect(await store.mutualAid.getClaim(retry.id)).toEqual(retry)
        for (const h of retry.invoiceHashes) expect(await store.mutualAid.invoiceUsed(h)).toBe(true)
      })

      test(`When mutualAid.fileClaim fails at ${at} and another member claims one of its invoices, then only one of the two is ever filed; the sweep gives back what was not`, async () => {
        const { e, c, retry } = await failedFiling(at)
        const other = aid.enrolment()
        await store.mutualAid.addEnrolments([other])
        const rival = aid.claimUnder(other, { invoiceHashes: [c.invoiceHashes[1]] })
        const results = [await store.mutualAid.fileClaim(rival, aid.reserved(other, rival))]
        results.push(await store.mutualAid.fileClaim(retry, aid.reserved((await store.mutualAid.getEnrolment(e.id))!, retry)))
        expect(results.filter((r) => r.ok)).toHaveLength(1)
        expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, reason: 'DUPLICATE_INVOICE' }])
        // The invoice both asked for is held by the one filed claim; each enrolment holds exactly what was filed on it.
        await settleAll()
        const filed = results[0].ok ? { claim: rival, under: other, base: 0 } : { claim: retry, under: e, base: 1000 }
        const refused = results[0].ok ? { under: e, base: 1000 } : { under: other, base: 0 }
        expect(await store.mutualAid.getClaim(filed.claim.id)).toEqual(filed.claim)
        expect(await store.mutualAid.getEnrolment(filed.under.id)).toMatchObject({ capUsed: filed.base + 2750 })
        expect(await store.mutualAid.getEnrolment(refused.under.id)).toMatchObject({ capUsed: refused.base })
        expect(await store.mutualAid.invoiceUsed(c.invoiceHashes[1])).toBe(true)
        // The refused one's other invoice is free again once the sweep ran (the rival had just the one).
        if (!results[0].ok) expect(await store.mutualAid.invoiceUsed(c.invoiceHashes[0])).toBe(true)
        else expect(await store.mutualAid.invoiceUsed(c.invoiceHashes[0])).toBe(false)
      })
    }

    test('When mutualAid.rejectClaim fails at the enrolment, then the cap is never given back without the rejection; after the sweep it is given back exactly once', async () => {
      const e = aid.enrolment({ capUsed: 1000 })
      await store.mutualAid.addEnrolments([e])
      const c = aid.claimUnder(e, { status: 'checked' })
      const held = aid.reserved(e, c)
      await store.mutualAid.fileClaim(c, held)
      const event = { at: '2027-03-15T10:00:00+08:00', type: 'rejected', actor: 'o-town', code: 'OTHER', note: '不符合条件' }
      const reject = () => store.mutualAid.rejectClaim(c.id, { scopeOrgId: c.approveOrgId, notHolderKey: 'officer' }, { code: 'OTHER', note: '不符合条件' }, event)
      const rejected = { ...c, status: 'rejected' as const, rejection: { code: 'OTHER' as const, note: '不符合条件' }, history: [...c.history, event], version: 2 }
      opened.faults.breakAt('mutual_aid_enrolments')
      await expect(reject()).rejects.toMatchObject(INJECTED)
      opened.faults.heal()
      // SQLite: nothing written. CloudBase: the claim rejected, its reservation still held (under-used, never exceeded).
      const after = (await store.mutualAid.getClaim(c.id))!
      expect([c, rejected]).toContainEqual(after)
      expect(await store.mutualAid.getEnrolment(e.id)).toEqual(held)
      // The officer's retry where the claim is still checked; the sweep where it is rejected. Twice: once only.
      if (after.status === 'checked') expect(await reject()).toEqual(rejected)
      for (let run = 0; run < 2; run++) {
        let next: string | undefined
        do next = (await store.mutualAid.settleRejections('2027-03-16T00:00:00+08:00', next, 100)).next ?? undefined
        while (next)
      }
      expect(await store.mutualAid.getClaim(c.id)).toEqual(rejected)
      expect(await store.mutualAid.getEnrolment(e.id)).toEqual({ ...held, capUsed: 1000, version: held.version + 1 })
    })

    test('When mutualAid.updateClaim with its enrolment fails at the enrolment, then the claim is as it was; afterwards the same call succeeds', async () => {
      const e = aid.enrolment()
      await store.mutualAid.addEnrolments([e])
      const c = aid.claimUnder(e, { status: 'checked' })
      const held = aid.reserved(e, c)
      await store.mutualAid.fileClaim(c, held)
      const rejected = { ...c, status: 'rejected' as const, rejection: { code: 'OTHER' as const, note: '不符合条件' }, version: 2 }
      const released = { ...held, capUsed: 0, version: 3 }
      opened.faults.breakAt('mutual_aid_enrolments')
      await expect(store.mutualAid.updateClaim(rejected, released)).rejects.toMatchObject(INJECTED)
      opened.faults.heal()
      expect(await store.mutualAid.getClaim(c.id)).toEqual(c)
      expect(await store.mutualAid.getEnrolment(e.id)).toEqual(held)
      expect(await store.mutualAid.updateClaim(rejected, released)).toBe(true)
      expect(await store.mutualAid.getClaim(c.id)).toEqual(rejected)
    })
  })
}
