/**
 * The mutual aid store contract on the CloudBase adapter (real @cloudbase/node-sdk → local fake of the TCB API), then
 * what only CloudBase shows: fileClaim is three requests (the enrolment's conditional update recording the filing,
 * one insert of every invoice key, the claim) and a refusal undoes what it wrote; an invoice key is a document whose
 * `_id` is the hash; the sweep settles the recorded filings; a rejection is two requests (the claim, then the
 * enrolment's recorded increment) whose mark the sweep clears; enrolling inserts without a look-up; every other
 * method is one request. That every query is served by an index in collections.ts is checked
 * with the other contracts in tests/deploy/index-coverage.test.ts.
 */
import { openCloudbaseStore } from '../../cloudfunctions/_lib/store/cloudbase'
import type { Store } from '../../cloudfunctions/_lib/store/port'
import { createCollections } from '../../scripts/cloudbase-init'
import { startCloudbaseFake, type CloudbaseFake } from '../support/cloudbase-fake'
import * as make from '../support/factories'
import * as aid from '../support/mutual-aid-factories'
import { runMutualAidStoreContract } from './mutual-aid-contract'

runMutualAidStoreContract('Mutual aid store: CloudBase (node-sdk → local fake)', async () => {
  const fake = await startCloudbaseFake()
  await createCollections(fake.app)
  return { store: openCloudbaseStore(fake.app), cleanup: () => fake.close() }
})

describe('Mutual aid store: CloudBase specifics (real SDK, local fake)', () => {
  let fake: CloudbaseFake
  let store: Store
  beforeAll(async () => {
    fake = await startCloudbaseFake()
    await createCollections(fake.app)
    store = openCloudbaseStore(fake.app)
  })
  afterAll(() => fake.close())

  /** The requests `work` sent, as `action collection` (transaction control: the action alone). */
  async function requests(work: () => Promise<unknown>): Promise<string[]> {
    fake.requests.length = 0
    await work()
    return fake.requests.map((r) => `${r.action.replace('database.', '')}${r.body.collectionName ? ` ${String(r.body.collectionName)}` : ''}`)
  }
  const raw = async (collection: string, id: string) =>
    ((await fake.app.database().collection(collection).doc(id).get()).data as Array<Record<string, unknown>>)[0]

  test('When a claim with two invoices is filed, then it is three requests: the enrolment reserved with the filing recorded, one insert of both keys, the claim', async () => {
    const e = aid.enrolment()
    await store.mutualAid.addEnrolments([e])
    const c = aid.claimUnder(e, { invoiceHashes: [make.uid('inv'), make.uid('inv')] })
    expect(await requests(() => store.mutualAid.fileClaim(c, aid.reserved(e, c)))).toEqual([
      'modifyDocument mutual_aid_enrolments',
      'insertDocument mutual_aid_invoices',
      'insertDocument mutual_aid_claims',
    ])
    // The key document names its claim and request only: never the invoice number.
    expect(await raw('mutual_aid_invoices', c.invoiceHashes[1])).toEqual({ _id: c.invoiceHashes[1], claimId: c.id, requestKey: c.requestKey })
    expect((await raw('mutual_aid_claims', c.id)).queueKey).toBe(c.createdAt)
    // The filing's record stays on the enrolment (not in the port's record) until the sweep settles it.
    const filed = await raw('mutual_aid_enrolments', e.id)
    expect(filed).toMatchObject({ capUsed: 2750, version: 2, filingsSince: c.createdAt, filings: [{ claimId: c.id, requestKey: c.requestKey, payable: 2750, setCritical: false, invoiceHashes: c.invoiceHashes, at: c.createdAt }] })
    expect(await store.mutualAid.getEnrolment(e.id)).toEqual(aid.reserved(e, c))
    expect(fake.transactions.open()).toBe(0)

    // A retry from the enrolment read before: its version race is lost, and the stored claim is found by its requestKey.
    const retry = aid.claimUnder(e, { requestKey: c.requestKey, invoiceHashes: c.invoiceHashes })
    expect(await requests(() => store.mutualAid.fileClaim(retry, aid.reserved(e, retry)))).toEqual([
      'modifyDocument mutual_aid_enrolments',
      'getDocument mutual_aid_claims',
    ])
    // A retry from the enrolment as it is now: reserved, its keys found as the first claim's, the reservation given back.
    const now = (await store.mutualAid.getEnrolment(e.id))!
    expect(await store.mutualAid.fileClaim(retry, aid.reserved(now, retry))).toEqual({ ok: false, reason: 'DUPLICATE_REQUEST', existingId: c.id })
    expect(await raw('mutual_aid_enrolments', e.id)).toMatchObject({ capUsed: 2750, version: 4, filings: [{ claimId: c.id }] })

    // A used invoice: refused at its key; the key this call inserted before the clash and the reservation are undone.
    const fresh = make.uid('inv')
    const dup = aid.claimUnder(e, { invoiceHashes: [fresh, c.invoiceHashes[0]] })
    const before = (await store.mutualAid.getEnrolment(e.id))!
    expect(await requests(() => store.mutualAid.fileClaim(dup, aid.reserved(before, dup)))).toEqual([
      'modifyDocument mutual_aid_enrolments',
      'insertDocument mutual_aid_invoices',
      'getDocument mutual_aid_invoices',
      'removeDocument mutual_aid_invoices',
      'getDocument mutual_aid_enrolments',
      'modifyDocument mutual_aid_enrolments',
    ])
    expect(await store.mutualAid.invoiceUsed(fresh)).toBe(false)
    expect(await raw('mutual_aid_enrolments', e.id)).toMatchObject({ capUsed: 2750, filings: [{ claimId: c.id }] })

    // The sweep: one page read, the claims of its open filings in one read, one write settling them.
    expect(await requests(() => store.mutualAid.settleFilings('2027-03-13T00:00:00+08:00', undefined, 100))).toEqual([
      'getDocument mutual_aid_enrolments',
      'getDocument mutual_aid_claims',
      'modifyDocument mutual_aid_enrolments',
    ])
    const settled = await raw('mutual_aid_enrolments', e.id)
    expect(settled).toMatchObject({ capUsed: 2750, filings: [] })
    expect(settled).not.toHaveProperty('filingsSince')
  })

  test('When a membership ends, then its running enrolments end in one request (a where-update), idempotently', async () => {
    const e = aid.enrolment()
    await store.mutualAid.addEnrolments([e])
    expect(await requests(() => store.mutualAid.endEnrolments(e.holderKey, e.memberId, '2027-05-31'))).toEqual(['modifyDocument mutual_aid_enrolments'])
    expect(await store.mutualAid.getEnrolment(e.id)).toEqual({ ...e, status: 'ended', endedOn: '2027-05-31', version: 2 })
  })

  test('When a claim is decided with its enrolment, then claim and enrolment are read and replaced in one transaction; alone, one request', async () => {
    const e = aid.enrolment()
    await store.mutualAid.addEnrolments([e])
    const c = aid.claimUnder(e)
    const held = aid.reserved(e, c)
    await store.mutualAid.fileClaim(c, held)
    const rejected = { ...c, status: 'rejected' as const, rejection: { code: 'OTHER' as const, note: '重复报销' }, version: 2 }
    expect(await requests(() => store.mutualAid.updateClaim(rejected, { ...held, capUsed: 0, version: 3 }))).toEqual([
      'startTransaction',
      'getDocument mutual_aid_claims',
      'modifyDocument mutual_aid_claims',
      'getDocument mutual_aid_enrolments',
      'modifyDocument mutual_aid_enrolments',
      'commitTransaction',
    ])
    expect(await requests(() => store.mutualAid.updateClaim({ ...rejected, status: 'paid', version: 3 }))).toEqual(['modifyDocument mutual_aid_claims'])
  })

  test('When each other method runs, then it is one request (enrolling: a look-up and one insert per hundred)', async () => {
    const p = aid.plan()
    const e = aid.enrolment()
    const c = aid.claim()
    const one: Array<[string, () => Promise<unknown>]> = [
      ['insertDocument mutual_aid_plans', () => store.mutualAid.savePlan(p)],
      ['modifyDocument mutual_aid_plans', () => store.mutualAid.savePlan({ ...p, version: 2 })],
      ['getDocument mutual_aid_plans', () => store.mutualAid.getPlan(p.id)],
      ['getDocument mutual_aid_plans', () => store.mutualAid.listPlans('2028|x', 10)],
      ['getDocument mutual_aid_enrolments', () => store.mutualAid.getEnrolment(e.id)],
      ['getDocument mutual_aid_enrolments', () => store.mutualAid.listEnrolmentsByHolder(e.holderKey, 10)],
      ['getDocument mutual_aid_enrolments', () => store.mutualAid.listEnrolmentsOfOrg(e.orgId, e.planId, 'YW0000000001|x', 10)],
      ['modifyDocument mutual_aid_enrolments', () => store.mutualAid.updateEnrolment({ ...e, version: 2 })],
      ['getDocument mutual_aid_claims', () => store.mutualAid.getClaim(c.id)],
      ['getDocument mutual_aid_claims', () => store.mutualAid.getClaimByRequestKey(c.requestKey)],
      ['getDocument mutual_aid_invoices', () => store.mutualAid.invoiceUsed(c.invoiceHashes[0])],
      ['getDocument mutual_aid_claims', () => store.mutualAid.listClaimQueue(c.reviewOrgId, 'review', undefined, 10)],
      ['getDocument mutual_aid_claims', () => store.mutualAid.listClaimsByHolder(c.holderKey, `${c.createdAt}|x`, 10)],
      ['getDocument mutual_aid_claims', () => store.mutualAid.listClaimsDue(c.createdAt, undefined, 10)],
      ['getDocument mutual_aid_claims', () => store.mutualAid.listClaimsForStats(c.planId, '/city/', undefined, 10)],
    ]
    for (const [expected, work] of one) expect(await requests(work)).toEqual([expected])
    const roster = Array.from({ length: 150 }, () => aid.enrolment())
    expect(await requests(() => store.mutualAid.addEnrolments(roster))).toEqual([
      'insertDocument mutual_aid_enrolments', 'insertDocument mutual_aid_enrolments',
    ])
  })

  test('When enrolments clash with stored ones, then no look-up comes first: one clashing alone is reported at once, in a batch one read sorts ours from theirs', async () => {
    const [a, b, c, d] = [0, 1, 2, 3].map(() => aid.enrolment())
    await store.mutualAid.addEnrolments([b, d])
    expect(await requests(async () => expect(await store.mutualAid.addEnrolments([{ ...b, by: 'self' }])).toEqual({ existing: [b.id] }))).toEqual([
      'insertDocument mutual_aid_enrolments',
    ])
    // Ordered insert: a lands, b clashes; one read of the four (a ours, b and d theirs, c absent); c inserted again.
    expect(await requests(async () => expect(await store.mutualAid.addEnrolments([a, { ...b, by: 'self' }, c, { ...d, by: 'self' }])).toEqual({ existing: [b.id, d.id] }))).toEqual([
      'insertDocument mutual_aid_enrolments', 'getDocument mutual_aid_enrolments', 'insertDocument mutual_aid_enrolments',
    ])
    for (const e of [a, b, c, d]) expect(await store.mutualAid.getEnrolment(e.id)).toEqual(e)
  })

  test('When a payment is confirmed, then it is one find-and-modify with status and scope in its condition', async () => {
    const e = aid.enrolment({ status: 'enrolled', paymentReference: null, paymentConfirmedAt: null })
    await store.mutualAid.addEnrolments([e])
    expect(await requests(() => store.mutualAid.confirmEnrolment(e.id, 'town', 'BANK-1', '2026-12-06T10:00:00+08:00'))).toEqual([
      'modifyAndReturnDoc mutual_aid_enrolments',
    ])
    expect(await requests(() => store.mutualAid.confirmEnrolment(e.id, 'town', 'BANK-2', '2026-12-06T10:00:00+08:00'))).toEqual([
      'modifyAndReturnDoc mutual_aid_enrolments',
    ])
    expect(await store.mutualAid.getEnrolment(e.id)).toMatchObject({ status: 'active', paymentReference: 'BANK-1', version: 2 })
  })

  test('When a claim is rejected, then two requests — the claim by a find-and-modify that marks it, the enrolment released by an increment it records — and the sweep clears the mark without releasing twice', async () => {
    const e = aid.enrolment({ capUsed: 0.1 })
    await store.mutualAid.addEnrolments([e])
    const c = aid.claimUnder(e, { status: 'checked' })
    await store.mutualAid.fileClaim(c, aid.reserved(e, c))
    const event = { at: '2027-03-15T10:00:00+08:00', type: 'rejected', actor: 'o-town', code: 'OTHER', note: '不符合条件' }
    const reject = (id: string) => store.mutualAid.rejectClaim(id, { scopeOrgId: 'city', notHolderKey: 'officer' }, { code: 'OTHER', note: '不符合条件' }, event)
    expect(await requests(() => reject(c.id))).toEqual([
      'modifyAndReturnDoc mutual_aid_claims',
      'modifyDocument mutual_aid_enrolments',
    ])
    expect(await raw('mutual_aid_claims', c.id)).toMatchObject({ status: 'rejected', releaseDue: '2027-03-15T10:00:00+08:00', queueKey: c.createdAt })
    expect(await raw('mutual_aid_enrolments', e.id)).toMatchObject({ releasedClaims: [c.id], version: 3 })
    // The increment's binary noise (0.1 + 2750 − 2750) never reaches the record.
    expect((await store.mutualAid.getEnrolment(e.id))?.capUsed).toBe(0.1)
    // Not yet due for the sweep; then due: the release is found made (no change), the mark cleared.
    expect(await store.mutualAid.settleRejections('2027-03-15T09:59:59+08:00', undefined, 100)).toEqual({ settled: 0, released: 0, next: null })
    expect(await requests(async () => expect(await store.mutualAid.settleRejections('2027-03-16T00:00:00+08:00', undefined, 100)).toMatchObject({ released: 0 }))).toEqual([
      'getDocument mutual_aid_claims', 'modifyDocument mutual_aid_enrolments', 'modifyDocument mutual_aid_claims',
    ])
    expect(await raw('mutual_aid_claims', c.id)).not.toHaveProperty('releaseDue')
    expect(await raw('mutual_aid_enrolments', e.id)).toMatchObject({ releasedClaims: [c.id], version: 3 })
    expect(await store.mutualAid.getClaim(c.id)).toMatchObject({ status: 'rejected', version: 2 })
    // A claim paying nothing has nothing to give back: the claim alone.
    const none = aid.claimUnder(e, { status: 'checked', payout: { ...c.payout, payable: 0 } })
    await store.mutualAid.fileClaim(none, aid.reserved((await store.mutualAid.getEnrolment(e.id))!, none))
    expect(await requests(() => reject(none.id))).toEqual(['modifyAndReturnDoc mutual_aid_claims'])
    // Refused: one request, nothing written.
    expect(await requests(async () => expect(await reject(none.id)).toBeNull())).toEqual(['modifyAndReturnDoc mutual_aid_claims'])
  })
})
