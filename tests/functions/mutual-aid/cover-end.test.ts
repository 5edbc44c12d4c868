/**
 * Cover ends with the membership (issue 12 §2), through the real functions: membership.leave ends the member's
 * running mutual-aid enrolments (status `ended`, the last covered day), so a claim reads the enrolment only. A stay
 * admitted before the day the member left still counts; one after is outside cover; an unpaid enrolment never
 * covered anything. A suspension does not end the membership, so it does not end cover.
 */
import { openHarness, type Harness } from '../../support/harness'
import { TUE, addMember, at, claimBody, coveredMember, data, ma, newPlan, photos, JAN10 } from './helpers'

let h: Harness
beforeAll(async () => (h = await openHarness()))
afterAll(() => h.close())

/** Ten days after leaving on Tuesday 10 March: both stays below are discharged by then. */
const LATER = at('2026-03-20T10:00:00+08:00')
const enrolmentOf = (plan: string, memberId: string) => h.deps.store.mutualAid.getEnrolment(`${plan}:${memberId}`)

it('When a covered member leaves, then the enrolment ends on the day before; a stay after leaving is refused as outside cover, one before still pays', async () => {
  const plan = await newPlan(h)
  const m = await coveredMember(h, plan)
  data(h, await h.as(m.openid)('membership', 'leave', { reason: '离职回老家' }, TUE))
  expect(await enrolmentOf(plan, m.memberId)).toMatchObject({ status: 'ended', endedOn: '2026-03-09', capUsed: 0 })

  const att = await photos(h, m.openid)
  const after = await ma(h, m.openid)('claim', claimBody(att, { admittedAt: '2026-03-12', dischargedAt: '2026-03-15' }), LATER)
  expect(after.error).toMatchObject({ code: 'MUTUAL_AID.OUTSIDE_COVER', message: expect.stringContaining('入院日期不在保障期内') })
  const est = data(h, await ma(h, m.openid)('estimate', { benefit: 'inpatient', admittedAt: '2026-03-12', dischargedAt: '2026-03-15', selfPaidInPolicy: 6500 }, LATER))
  expect(est.refusal).toMatchObject({ code: 'MUTUAL_AID.OUTSIDE_COVER' })

  const before = data(h, await ma(h, m.openid)('claim', claimBody(att, { admittedAt: '2026-03-01', dischargedAt: '2026-03-05' }), LATER))
  expect(before).toMatchObject({ status: 'submitted', payable: 3000 })
  expect(data(h, await ma(h, m.openid)('myCover', {}, LATER))).toMatchObject({ status: 'ended', covered: false, coverTo: '2026-03-09', annualCapLeft: 27000 })
})

it('When a member whose fee was never confirmed leaves, then the enrolment ends and covers nothing, not even a stay before', async () => {
  const plan = await newPlan(h)
  const m = await addMember(h)
  data(h, await ma(h, 'o-city-admin')('enrol', { planId: plan, memberNos: [m.memberNo] }, JAN10))
  data(h, await h.as(m.openid)('membership', 'leave', {}, TUE))
  expect(await enrolmentOf(plan, m.memberId)).toMatchObject({ status: 'ended', endedOn: '2026-03-09', paymentConfirmedAt: null })
  const out = await ma(h, m.openid)('claim', claimBody(await photos(h, m.openid)), LATER)
  expect(out.error.code).toBe('MUTUAL_AID.NOT_ENROLLED')
  // Nor can the fee be confirmed afterwards.
  const confirmed = data(h, await ma(h, 'o-town-sx-1')('confirmPayment', { planId: plan, memberNos: [m.memberNo], reference: 'TEST-迟到' }, LATER))
  expect(confirmed.refused).toEqual([{ memberNo: m.memberNo, code: 'MUTUAL_AID.NOT_IN_STATE' }])
})

it('When a member is suspended, then the membership and the cover stand: the enrolment stays active and a claim is filed', async () => {
  const plan = await newPlan(h)
  const m = await coveredMember(h, plan)
  data(h, await h.as('o-eu-hx-1')('membership', 'suspend', { memberId: m.memberId, reason: '会费长期未缴。' }, TUE))
  expect(await enrolmentOf(plan, m.memberId)).toMatchObject({ status: 'active', endedOn: null })
  expect(data(h, await ma(h, m.openid)('claim', claimBody(await photos(h, m.openid)), TUE))).toMatchObject({ status: 'submitted' })
})
