/**
 * The membership store contract on the CloudBase adapter (real @cloudbase/node-sdk → local fake of the
 * TCB API), then what only CloudBase shows: one document per join, uniqueness by the unique indexes on its claims
 * (one request per create, approval, decision — no holds, no transaction), the conditional updates and the member
 * sequence drawn in blocks.
 */
import { openCloudbaseStore } from '../../cloudfunctions/_lib/store/cloudbase'
import { MEMBER_SEQ_BLOCK, MEMBERSHIPS } from '../../cloudfunctions/_lib/store/cloudbase/memberships'
import type { Member, Store } from '../../cloudfunctions/_lib/store/port'
import { createCollections } from '../../scripts/cloudbase-init'
import { startCloudbaseFake, type CloudbaseFake } from '../support/cloudbase-fake'
import * as make from '../support/factories'
import { runMembershipStoreContract } from './membership-contract'

jest.setTimeout(20_000)

runMembershipStoreContract('Membership store: CloudBase (node-sdk → local fake)', async () => {
  const fake = await startCloudbaseFake()
  await createCollections(fake.app)
  return { store: openCloudbaseStore(fake.app), cleanup: () => fake.close() }
})

describe('Membership store: CloudBase specifics (real SDK, local fake)', () => {
  let fake: CloudbaseFake
  let store: Store
  beforeAll(async () => {
    fake = await startCloudbaseFake()
  })
  afterAll(() => fake.close())
  beforeEach(async () => {
    fake.reset()
    await createCollections(fake.app)
    store = openCloudbaseStore(fake.app)
  })

  const actions = () => fake.requests.map((r) => `${r.action.replace('database.', '')} ${String(r.body.collectionName)}`)
  const raw = async (id: string) => ((await fake.app.database().collection(MEMBERSHIPS).doc(id).get()).data as Array<Record<string, unknown>>)[0] ?? null
  const claims = async (id: string) => {
    const d = await raw(id)
    return d && { uRequest: d.uRequest, uPendingAccount: d.uPendingAccount, uPendingPerson: d.uPendingPerson, uPerson: d.uPerson, uAccount: d.uAccount, uMemberNo: d.uMemberNo }
  }
  const memberOf = (a: ReturnType<typeof make.application>, over: Partial<Member> = {}): Member =>
    make.member({ id: a.id, applicationId: a.id, idHash: a.idHash, holderKey: a.holderKey, ...over })
  const approved = (a: ReturnType<typeof make.application>) => ({ ...a, status: 'approved' as const, escalateAt: null, version: a.version + 1 })

  test('When an application is created, then it is one insert claiming its request, its account and its person (pending and reserved)', async () => {
    const a = make.application()
    fake.requests.length = 0
    expect(await store.memberships.createApplication(a)).toEqual({ ok: true })
    expect(actions()).toEqual([`insertDocument ${MEMBERSHIPS}`])
    expect(await claims(a.id)).toEqual({
      uRequest: a.requestKey, uPendingAccount: a.holderKey, uPendingPerson: a.idHash, uPerson: a.idHash, uAccount: a.holderKey, uMemberNo: `~${a.id}`,
    })
  })

  test('When a flagged join or a transfer is created, then it claims no person; the flagged join reserves its account, the transfer only its pending slot', async () => {
    const flagged = make.application({ identityConflict: true })
    const transfer = make.application({ kind: 'transfer', memberId: make.uid('mem') })
    await store.memberships.createApplication(flagged)
    await store.memberships.createApplication(transfer)
    expect(await claims(flagged.id)).toMatchObject({ uPendingPerson: `~${flagged.id}`, uPerson: `~${flagged.id}`, uAccount: flagged.holderKey })
    expect(await claims(transfer.id)).toMatchObject({ uPendingAccount: transfer.holderKey, uPendingPerson: transfer.idHash, uPerson: `~${transfer.id}`, uAccount: `~${transfer.id}` })
  })

  test('When the apply is retried, then the insert is refused by the request claim and one read names the first; nothing is written', async () => {
    const a = make.application()
    await store.memberships.createApplication(a)
    fake.requests.length = 0
    expect(await store.memberships.createApplication(make.application({ requestKey: a.requestKey }))).toEqual({ ok: false, reason: 'DUPLICATE_REQUEST', existingId: a.id })
    expect(actions()).toEqual([`insertDocument ${MEMBERSHIPS}`, `getDocument ${MEMBERSHIPS}`])
  })

  test('When an application stored before identityConflict existed is read, then it is not flagged', async () => {
    const a = make.application()
    const { identityConflict: _omit, id, ...legacy } = a
    await fake.app.database().collection(MEMBERSHIPS).add({ _id: id, ...legacy, member: null })
    expect(await store.memberships.getApplication(id)).toEqual(a)
  })

  test('When a join is approved, then application and member are one conditional update of its document; the reservation becomes the membership', async () => {
    const a = make.application()
    await store.memberships.createApplication(a)
    const m = memberOf(a)
    fake.requests.length = 0
    expect(await store.memberships.approveJoin(approved(a), m)).toEqual({ ok: true, member: m })
    expect(actions()).toEqual([`modifyDocument ${MEMBERSHIPS}`])
    expect(JSON.parse(String(fake.requests[0].body.query))).toEqual({ _id: a.id, version: { $numberInt: '1' }, member: null })
    expect(await claims(a.id)).toEqual({
      uRequest: a.requestKey, uPendingAccount: `~${a.id}`, uPendingPerson: `~${a.id}`, uPerson: a.idHash, uAccount: a.holderKey, uMemberNo: m.memberNo,
    })
    expect(await store.memberships.getApplication(a.id)).toEqual(approved(a))
    expect(await store.memberships.getMember(a.id)).toEqual(m)
    // Final: the application of a join that made its member is not updated again.
    expect(await store.memberships.updateApplication({ ...approved(a), rejectNote: 'x', version: 3 })).toBe(false)
  })

  test('When a member leaves, then the person and the account are free in the same update; the number stays claimed', async () => {
    const a = make.application()
    await store.memberships.createApplication(a)
    const m = memberOf(a)
    await store.memberships.approveJoin(approved(a), m)
    fake.requests.length = 0
    expect(await store.memberships.updateMember({ ...m, status: 'left', version: 2 })).toBe(true)
    expect(actions()).toEqual([`modifyDocument ${MEMBERSHIPS}`])
    expect(await claims(a.id)).toMatchObject({ uPerson: `~${a.id}`, uAccount: `~${a.id}`, uMemberNo: m.memberNo })
    expect(await store.memberships.createApplication(make.application({ idHash: a.idHash, holderKey: a.holderKey }))).toEqual({ ok: true })
  })

  test('When a record is updated, then the SDK sends one conditional update with sub-documents set whole', async () => {
    const a = make.application()
    await store.memberships.createApplication(a)
    fake.requests.length = 0
    expect(await store.memberships.updateApplication({ ...a, overdue: true, version: 2 })).toBe(true)
    expect(fake.requests).toHaveLength(1)
    expect(fake.requests[0].body).toMatchObject({ action: 'database.modifyDocument', merge: true, upsert: false })
    expect(JSON.parse(String(fake.requests[0].body.query))).toEqual({ _id: a.id, version: { $numberInt: '1' }, member: null })
    const data = JSON.parse(String(fake.requests[0].body.data)) as { $set: Record<string, unknown> }
    expect(Object.keys(data.$set).every((k) => !k.includes('.'))).toBe(true)
    expect(Object.keys(data.$set)).toEqual(expect.arrayContaining(['consents', 'history']))
    const m = make.member()
    await store.memberships.createMember(m)
    fake.requests.length = 0
    expect(await store.memberships.updateMember({ ...m, workplace: { ...m.workplace, enterpriseId: null }, version: 2 })).toBe(true)
    const memberData = JSON.parse(String(fake.requests[0].body.data)) as { $set: Record<string, unknown> }
    expect(Object.keys(memberData.$set).every((k) => !k.includes('.'))).toBe(true)
    expect((await store.memberships.getMember(m.id))?.workplace.enterpriseId).toBeNull()
  })

  test('When an account’s membership is asked for, then one query answers the member, its join’s consent and the pending transfer; an imported member’s application costs one read more', async () => {
    const a = make.application()
    await store.memberships.createApplication(a)
    const m = memberOf(a)
    await store.memberships.approveJoin(approved(a), m)
    const t = make.application({ kind: 'transfer', holderKey: a.holderKey, idHash: a.idHash, memberId: m.id })
    await store.memberships.createApplication(t)
    fake.requests.length = 0
    expect(await store.memberships.getHolderMembership(a.holderKey)).toEqual({ member: m, idConsent: a.consents.idNumber, pending: t })
    expect(actions()).toEqual([`getDocument ${MEMBERSHIPS}`])
    expect(JSON.parse(String(fake.requests[0].body.query))).toEqual({ $or: [{ 'member.holderKey': a.holderKey }, { uPendingAccount: a.holderKey }] })

    const imported = make.member({ applicationId: t.id })
    await store.memberships.createMember(imported)
    fake.requests.length = 0
    expect(await store.memberships.getHolderMembership(imported.holderKey)).toEqual({ member: imported, idConsent: t.consents.idNumber, pending: null })
    expect(actions()).toEqual([`getDocument ${MEMBERSHIPS}`, `getDocument ${MEMBERSHIPS}`])
  })

  test(`When numbers are drawn, then the counter is raised by ${MEMBER_SEQ_BLOCK} at once (created on first use) and the block is handed out without a request`, async () => {
    fake.requests.length = 0
    expect(await store.memberships.nextMemberSeq()).toBe(1)
    expect(fake.requests.map((r) => r.action)).toEqual(['database.modifyAndReturnDoc', 'database.insertDocument', 'database.modifyAndReturnDoc'])
    expect(JSON.parse(String(fake.requests[0].body.data))).toEqual({ $inc: { value: { $numberInt: String(MEMBER_SEQ_BLOCK) } } })
    fake.requests.length = 0
    for (let n = 2; n <= MEMBER_SEQ_BLOCK; n++) expect(await store.memberships.nextMemberSeq()).toBe(n)
    expect(fake.requests).toHaveLength(0)
    // Another instance (another warm container) draws its own block; this one refills after its last.
    const other = openCloudbaseStore(fake.app)
    expect(await other.memberships.nextMemberSeq()).toBe(MEMBER_SEQ_BLOCK + 1)
    expect(await store.memberships.nextMemberSeq()).toBe(2 * MEMBER_SEQ_BLOCK + 1)
    expect(fake.requests).toHaveLength(2)
  })
})
