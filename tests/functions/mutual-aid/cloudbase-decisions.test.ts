/**
 * The actions decision 0023 made cheaper, end to end on CloudBase (the real functions and node-sdk against the local
 * fake, through the round-trip harness): the claim page signs its photos in one storage request (a missing one gets no
 * link, the others keep theirs); confirming a payment answers every case from one conditional write or the read a
 * refusal makes; a rejection is refused exactly as before to anyone who may not make it, and releases the cap once —
 * the sweep then clears its mark without giving anything back twice.
 */
import { FUNCTIONS } from '../../../cloudfunctions/registry'
import { openRoundTripHarness, NOW, type RoundTripHarness } from '../../../bench/lib/roundtrips/harness'
import { enrolledMember, mutualAidClaim } from '../../../bench/lib/roundtrips/mutual-aid'
import { EU_OFFICER, TOWN_OFFICER } from '../../../bench/lib/roundtrips/setup'

jest.setTimeout(60_000)

let h: RoundTripHarness
beforeAll(async () => (h = await openRoundTripHarness()))
afterAll(() => h.close())

const actions = () => h.fake.requests.map((r) => `${r.action}${r.body.collectionName ? ` ${String(r.body.collectionName)}` : ''}`)

it('When a member opens their claim, then all its photos are signed in one request; a photo gone from storage has no link, the others keep theirs', async () => {
  const c = await mutualAidClaim(h)
  h.fake.requests.length = 0
  const page = await h.call('mutualAid', c.worker, 'get', { id: c.id })
  expect(actions()).toEqual(['database.getDocument mutual_aid_claims', 'storage.batchGetDownloadUrl'])
  expect(page.documents.map((d: { url: string | null }) => typeof d.url)).toEqual(['string', 'string', 'string'])
  await h.deps('mutualAid').files.remove(c.attachments[1].fileId)
  const again = await h.call('mutualAid', c.worker, 'get', { id: c.id })
  expect(again.documents.map((d: { url: string | null }) => d.url === null)).toEqual([false, true, false])
  expect((await fetch(again.documents[0].url)).status).toBe(200)
})

it('When payments are confirmed, then enrolled ones become active, active ones count as confirmed, other unions\' members are not enrolled for this officer', async () => {
  const unpaid = await enrolledMember(h, false)
  const paid = await enrolledMember(h)
  const input = { planId: unpaid.planId, memberNos: [unpaid.memberNo, paid.memberNo], reference: 'TEST-1' }
  const out = await h.call('mutualAid', TOWN_OFFICER, 'confirmPayment', input)
  expect(out.confirmed.map((c: { memberNo: string; status: string }) => [c.memberNo, c.status])).toEqual([[unpaid.memberNo, 'active'], [paid.memberNo, 'active']])
  expect(out.refused).toEqual([])
  // A union's officer is no federation; 佛堂镇 (another town) sees no enrolment of 苏溪镇.
  expect((await h.invoke('mutualAid', EU_OFFICER, 'confirmPayment', input)).error.code).toBe('FORBIDDEN')
  const other = await enrolledMember(h, false)
  const elsewhere = await h.invoke('mutualAid', 'o-town-ft-1', 'confirmPayment', { ...input, memberNos: [other.memberNo] })
  expect(elsewhere.data).toMatchObject({ confirmed: [], refused: [{ memberNo: other.memberNo, code: 'MUTUAL_AID.NOT_ENROLLED' }] })
})

it('When a claim is rejected, then only its approving federation may (others are refused as before), the cap is released once, and the sweep clears the mark giving nothing back', async () => {
  const c = await mutualAidClaim(h, 'checked')
  const store = h.deps('mutualAid').store.mutualAid
  const claim = (await store.getClaim(c.id))!
  const capBefore = (await store.getEnrolment(claim.enrolmentId))!.capUsed
  const input = { id: c.id, reasonCode: 'OTHER', note: '不符合条件。' }
  // The member, a union's officer elsewhere and another town's: refused as before (the claim is not theirs to see).
  expect((await h.invoke('mutualAid', c.worker, 'reject', input)).error.code).toBe('NOT_FOUND')
  expect((await h.invoke('mutualAid', EU_OFFICER, 'reject', input)).error.code).toBe('NOT_FOUND')
  expect((await h.invoke('mutualAid', 'o-town-ft-1', 'reject', input)).error.code).toBe('NOT_FOUND')
  expect(await store.getClaim(c.id)).toEqual(claim)
  h.fake.requests.length = 0
  expect(await h.call('mutualAid', TOWN_OFFICER, 'reject', input)).toEqual({ id: c.id, status: 'rejected', reasonCode: 'OTHER' })
  expect(actions()).toEqual([
    'database.getDocument officers', 'database.modifyAndReturnDoc mutual_aid_claims',
    'database.modifyDocument mutual_aid_enrolments', 'database.insertDocument journal',
  ])
  const capAfter = (await store.getEnrolment(claim.enrolmentId))!.capUsed
  expect(capAfter).toBe(Math.round((capBefore - claim.payout.payable) * 100) / 100)
  expect((await h.invoke('mutualAid', TOWN_OFFICER, 'reject', input)).error.code).toBe('MUTUAL_AID.NOT_IN_STATE')
  expect(await h.call('mutualAid', c.worker, 'get', { id: c.id })).toMatchObject({ status: 'rejected', rejection: { code: 'OTHER' } })

  const swept: any = await FUNCTIONS.escalate.invoke({ action: 'sweep' }, { kind: 'system' }, h.deps('escalate'), new Date(NOW.getTime() + 3_600_000))
  expect(swept.data.mutualAid.rejections).toMatchObject({ released: 0 })
  expect(swept.data.mutualAid.rejections.settled).toBeGreaterThanOrEqual(1)
  const raw = ((await h.fake.app.database().collection('mutual_aid_claims').doc(c.id).get()).data as Array<Record<string, unknown>>)[0]
  expect(raw).not.toHaveProperty('releaseDue')
  expect((await store.getEnrolment(claim.enrolmentId))!.capUsed).toBe(capAfter)
})
