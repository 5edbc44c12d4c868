/** 医疗互助统计 through the real `mutualAid` function: per org, rolled up, for one cover year, and as CSV. */
import { openHarness, type Harness } from '../../support/harness'
import { JAN10, addMember, at, coveredMember, data, filedClaim, ma, newPlan } from './helpers'

let h: Harness
beforeAll(async () => {
  h = await openHarness()
  const plan = await newPlan(h)
  // 苏溪镇: a claim paid two working days after filing (Tue → Thu), one rejected, one returned; one fee not confirmed.
  const paid = await filedClaim(h, plan, 'eu-hx')
  data(h, await ma(h, 'o-eu-hx-1')('review', { id: paid.id, decision: 'documents_ok' }))
  data(h, await ma(h, 'o-town-sx-1')('approve', { id: paid.id }))
  data(h, await ma(h, 'o-town-sx-1')('markPaid', { id: paid.id, reference: 'BANK-1' }, at('2026-03-12T15:00:00+08:00')))
  const rejected = await filedClaim(h, plan, 'eu-sx-002')
  data(h, await ma(h, 'o-town-sx-1')('review', { id: rejected.id, decision: 'documents_ok' }))
  data(h, await ma(h, 'o-town-sx-1')('reject', { id: rejected.id, reasonCode: 'DOCUMENTS_INVALID', note: '发票无效。' }))
  const returned = await filedClaim(h, plan, 'eu-hx')
  data(h, await ma(h, 'o-eu-hx-1')('review', { id: returned.id, decision: 'return', note: '请补拍发票。' }))
  const unpaid = await addMember(h, 'eu-hx')
  data(h, await ma(h, 'o-eu-hx-1')('enrol', { planId: plan, memberNos: [unpaid.memberNo] }, JAN10))
  // 佛堂镇: one member; and a 2027 plan's enrolment that the 2026 figures leave out.
  await coveredMember(h, plan, 'eu-ft-003')
  const next = await newPlan(h, { year: 2027, coverFrom: '2027-01-01', coverTo: '2027-12-31', enrolFrom: '2026-01-01', enrolTo: '2027-01-31' })
  await coveredMember(h, next, 'eu-hx')
})
afterAll(() => h.close())

it('When a town officer asks for 2026, then the town row rolls up its unions and each child has its own row', async () => {
  const out = data(h, await ma(h, 'o-town-sx-1')('stats', { year: 2026 }))
  expect(out).toMatchObject({ orgId: 'sx', year: 2026, truncated: false })
  expect(out.org.stats).toEqual({
    enrolled: 4, active: 3, feesDue: 240, feesConfirmed: 180, claims: 3,
    byStatus: { submitted: 0, returned: 1, checked: 0, approved: 0, rejected: 1, paid: 1 },
    paidTotal: 3000, payoutRatio: 16.6667, medianWorkdaysToPayment: 2, returned: 1,
    rejectedByCode: { NOT_COVERED_CONDITION: 0, DOCUMENTS_INVALID: 1, FRAUD_SUSPECTED: 0, OTHER: 0 },
  })
  const row = (id: string) => out.children.find((c: { org: { id: string } }) => c.org.id === id)?.stats
  expect(row('sx-a1')).toMatchObject({ enrolled: 3, claims: 2, paidTotal: 3000 })
  expect(row('eu-sx-002')).toMatchObject({ enrolled: 1, claims: 1, rejectedByCode: { DOCUMENTS_INVALID: 1 } })
  expect(out.children.map((c: { org: { id: string } }) => c.org.id)).not.toContain('ft')
})

it('When the city asks, then every town rolls up into it; CSV has a row per org with the same figures', async () => {
  const city = data(h, await ma(h, 'o-city-admin')('stats', { year: 2026 }))
  expect(city.org.stats).toMatchObject({ enrolled: 5, feesConfirmed: 240, claims: 3 })
  const csv = data(h, await ma(h, 'o-city-admin')('stats', { year: 2026, format: 'csv' }))
  expect(csv.filename).toBe('医疗互助统计-义乌市总工会-2026.csv')
  const lines = csv.csv.replace(/^\uFEFF/, '').trim().split('\r\n')
  expect(lines[0]).toContain('赔付率(已支付÷已确认会费)')
  expect(lines.find((l: string) => l.startsWith('sx,'))).toBe('sx,苏溪镇总工会,镇(街道)总工会,4,3,240.00,180.00,3,0,1,0,0,1,1,3000.00,1666.7%,2,1,0,1,0,0')
})

it('When an officer asks for an org outside their scope, then FORBIDDEN', async () => {
  expect((await ma(h, 'o-town-ft-1')('stats', { orgId: 'sx' })).error.code).toBe('FORBIDDEN')
})
