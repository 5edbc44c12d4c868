/**
 * Review, decision and payment through the real `mutualAid` function: the union checks the documents (or returns
 * them, the member resubmits), the decide-by of 5 working days, the town approves (two at once → one transition;
 * sampled claims need a second, different officer), rejects with a code, marks paid; a missed decide-by climbs
 * the ladder in the hourly sweep.
 */
import { openHarness, timer, type Harness } from '../../support/harness'
import { TUE, at, claimBody, coveredMember, data, filedClaim, ma, newPlan, photos } from './helpers'

let h: Harness
let plan: string
beforeAll(async () => {
  h = await openHarness()
  plan = await newPlan(h)
})
afterAll(() => h.close())

const get = async (openid: string, id: string) => data(h, await ma(h, openid)('get', { id }))
const sweep = (now: Date) => h.call('escalate', timer, { action: 'sweep' }, now).then((out) => data(h, out))

it('When the union checks the documents, then the town has 5 working days, approves, pays, and the member sees "已支付 3,000.00 元" with the itemised decision', async () => {
  const c = await filedClaim(h, plan)
  const reviewed = data(h, await ma(h, 'o-eu-hx-1')('review', { id: c.id, decision: 'documents_ok' }))
  // Checked on Tue 10 March: 11, 12, 13, 16, 17 March → the end of Tuesday 17 March.
  expect(reviewed).toMatchObject({ status: 'checked', decideBy: '2026-03-18T00:00:00+08:00' })
  const queue = data(h, await ma(h, 'o-town-sx-1')('queue', { stage: 'approve' }))
  expect(queue.items).toContainEqual(expect.objectContaining({ id: c.id, memberNo: c.memberNo, payable: 3000, decideByLabel: '3月17日 24:00' }))
  data(h, await ma(h, 'o-town-sx-1')('approve', { id: c.id }))
  expect(data(h, await ma(h, 'o-town-sx-1')('queue', { stage: 'pay' })).items.map((r: { id: string }) => r.id)).toContain(c.id)
  const paid = data(h, await ma(h, 'o-town-sx-2')('markPaid', { id: c.id, reference: 'BANK-20260312-01' }, at('2026-03-12T15:00:00+08:00')))
  expect(paid).toMatchObject({ status: 'paid', paidLabel: '已支付 3,000.00 元' })
  const seen = await get(c.openid, c.id)
  expect(seen).toMatchObject({ status: 'paid', paidLabel: '已支付 3,000.00 元', payout: { payable: 3000, eligible: 6000, deductible: 500, ratio: 0.5 } })
  expect(seen.payout.lines.at(-1)).toEqual({ label: '本次可获互助金', amount: 3000 })
  const inbox = await h.deps.store.inbox.list((await h.deps.store.mutualAid.getClaim(c.id))!.holderKey, undefined, 20)
  expect(inbox.items.map((i) => i.title)).toEqual(expect.arrayContaining(['已支付 3,000.00 元', '互助申请已审批', '互助申请材料审核通过']))
})

it('When the union returns the claim, then no clock runs until the member resubmits and the union checks again', async () => {
  const c = await filedClaim(h, plan)
  const returned = data(h, await ma(h, 'o-eu-hx-1')('review', { id: c.id, decision: 'return', note: '发票照片看不清，请重新拍摄。' }))
  expect(returned).toMatchObject({ status: 'returned', decideBy: null })
  expect(await get(c.openid, c.id)).toMatchObject({ status: 'returned', returnNote: '发票照片看不清，请重新拍摄。', decideBy: null })
  expect((await ma(h, 'o-eu-hx-1')('review', { id: c.id, decision: 'return' })).error.fields).toHaveProperty('note')
  expect((await ma(h, c.openid)('resubmit', { id: c.id, attachments: (await photos(h, c.openid)).slice(0, 2) })).error.code).toBe('MUTUAL_AID.DOCUMENTS_MISSING')
  const later = at('2026-03-16T09:00:00+08:00')
  expect(data(h, await ma(h, c.openid)('resubmit', { id: c.id, attachments: await photos(h, c.openid) }, later))).toMatchObject({ status: 'submitted' })
  const checked = data(h, await ma(h, 'o-eu-hx-1')('review', { id: c.id, decision: 'documents_ok' }, later))
  expect(checked.decideBy).toBe('2026-03-24T00:00:00+08:00')
  expect((await ma(h, c.openid)('resubmit', { id: c.id, attachments: await photos(h, c.openid) })).error.code).toBe('MUTUAL_AID.NOT_IN_STATE')
})

it('When two officers approve at once, then exactly one transition happens', async () => {
  const c = await filedClaim(h, plan)
  data(h, await ma(h, 'o-eu-hx-1')('review', { id: c.id, decision: 'documents_ok' }))
  const outs = await Promise.all([ma(h, 'o-town-sx-1')('approve', { id: c.id }), ma(h, 'o-town-sx-2')('approve', { id: c.id })])
  expect(outs.filter((o) => o.ok)).toHaveLength(1)
  expect(outs.find((o) => !o.ok).error.code).toMatch(/^(CONFLICT|MUTUAL_AID\.NOT_IN_STATE)$/)
  const officer = await get('o-town-sx-1', c.id)
  expect(officer.approvals).toHaveLength(1)
  expect(officer.history.filter((e: { type: string }) => e.type === 'approved')).toHaveLength(1)
})

it('When a claim is sampled, then it needs a second approval by a different officer (the same one → MUTUAL_AID.SAME_OFFICER)', async () => {
  // Every payable of 3,000 or more is sampled; the draw is recorded either way.
  const sampledPlan = await newPlan(h, { reviewThreshold: 3000 })
  const c = await filedClaim(h, sampledPlan)
  expect(c.claim).toMatchObject({ sampled: true, payable: 3000 })
  const stored = (await h.deps.store.mutualAid.getClaim(c.id))!
  expect(stored.sampleDraw).toBeGreaterThanOrEqual(0)
  expect(stored.sampleDraw).toBeLessThan(1)
  data(h, await ma(h, 'o-eu-hx-1')('review', { id: c.id, decision: 'documents_ok' }))
  expect(data(h, await ma(h, 'o-town-sx-1')('approve', { id: c.id }))).toMatchObject({ status: 'checked', approvals: 1, secondApprovalNeeded: true })
  expect((await ma(h, 'o-town-sx-1')('approve', { id: c.id })).error.code).toBe('MUTUAL_AID.SAME_OFFICER')
  expect(data(h, await ma(h, 'o-city-1')('approve', { id: c.id }))).toMatchObject({ status: 'approved', approvals: 2, payable: 3000 })
  expect((await h.deps.store.mutualAid.getClaim(c.id))!.sampleDraw).toBe(stored.sampleDraw)
})

it('When a claim is below the threshold and the sample rate is 0 or 1, then the recorded draw decides', async () => {
  const never = await filedClaim(h, await newPlan(h, { sampleRate: 0 }))
  const always = await filedClaim(h, await newPlan(h, { sampleRate: 1 }))
  expect([never.claim.sampled, always.claim.sampled]).toEqual([false, true])
})

it('When decisions come out of order, then MUTUAL_AID.NOT_IN_STATE and nothing changes', async () => {
  const c = await filedClaim(h, plan)
  expect((await ma(h, 'o-town-sx-1')('approve', { id: c.id })).error.code).toBe('MUTUAL_AID.NOT_IN_STATE')
  expect((await ma(h, 'o-town-sx-1')('markPaid', { id: c.id, reference: 'X' })).error.code).toBe('MUTUAL_AID.NOT_IN_STATE')
  expect((await ma(h, 'o-town-sx-1')('reject', { id: c.id, reasonCode: 'OTHER', note: '测试。' })).error.code).toBe('MUTUAL_AID.NOT_IN_STATE')
  expect((await get(c.openid, c.id)).status).toBe('submitted')
})

it('When the town misses the decide-by, then the sweep moves the approval to the city with a fresh decide-by, and at the city it is flagged overdue', async () => {
  const c = await filedClaim(h, plan)
  data(h, await ma(h, 'o-eu-hx-1')('review', { id: c.id, decision: 'documents_ok' }))
  const out = await sweep(at('2026-03-18T01:00:00+08:00'))
  expect(out.mutualAid.escalated).toBeGreaterThanOrEqual(1)
  const moved = await get('o-city-admin', c.id)
  expect(moved).toMatchObject({ approveOrgId: 'yw', decideBy: '2026-03-26T00:00:00+08:00', overdue: false })
  // The town still sees it (its union checked it) but no longer approves it; the city does.
  expect((await ma(h, 'o-town-sx-1')('approve', { id: c.id })).error.code).toBe('FORBIDDEN')
  expect(data(h, await ma(h, 'o-city-admin')('queue', { stage: 'approve' })).items.map((r: { id: string }) => r.id)).toContain(c.id)
  await sweep(at('2026-03-26T01:00:00+08:00'))
  expect(await get('o-city-admin', c.id)).toMatchObject({ approveOrgId: 'yw', overdue: true })
  expect(data(h, await ma(h, 'o-city-1')('approve', { id: c.id }))).toMatchObject({ status: 'approved' })
})

it('When a member of a city-level union claims, then the city approves it', async () => {
  const c = await filedClaim(h, plan, 'ju-yw-express')
  data(h, await ma(h, 'o-ju-yw-express-1')('review', { id: c.id, decision: 'documents_ok' }))
  expect(await get('o-city-admin', c.id)).toMatchObject({ reviewOrgId: 'ju-yw-express', approveOrgId: 'yw' })
  expect(data(h, await ma(h, 'o-city-1')('approve', { id: c.id }))).toMatchObject({ status: 'approved' })
})

it('When a claim is rejected, then the member sees the reason code and label, and the annual cap is released', async () => {
  const m = await coveredMember(h, plan)
  const c = data(h, await ma(h, m.openid)('claim', claimBody(await photos(h, m.openid))))
  expect(data(h, await ma(h, m.openid)('myCover', { planId: plan }, TUE)).annualCapLeft).toBe(27000)
  data(h, await ma(h, 'o-eu-hx-1')('review', { id: c.id, decision: 'documents_ok' }))
  data(h, await ma(h, 'o-town-sx-1')('reject', { id: c.id, reasonCode: 'NOT_COVERED_CONDITION', note: '美容项目不在保障范围内。' }))
  expect(await get(m.openid, c.id)).toMatchObject({ status: 'rejected', rejection: { code: 'NOT_COVERED_CONDITION', label: '病种或费用不在互助保障范围内' } })
  expect(data(h, await ma(h, m.openid)('myCover', { planId: plan }, TUE)).annualCapLeft).toBe(30000)
})
