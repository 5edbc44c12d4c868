/**
 * Plans and enrolment through the real `mutualAid` function: plans as data (frozen money rules once a claim
 * exists), group enrolment by a union (twice → one; 5,000 in one call), self-enrolment, payment confirmed by a
 * federation, and 我的互助保障.
 */
import { openHarness, type Harness } from '../../support/harness'
import { member as memberRecord } from '../../support/factories'
import {
  JAN10, TUE, addMember, at, claimBody, coveredMember, data, ma, memberNo, newPlan, photos, planBody,
} from './helpers'

let h: Harness
beforeAll(async () => (h = await openHarness()))
afterAll(() => h.close())

describe('plans', () => {
  it('When the city admin saves a plan, then anyone signed in lists it; a town admin may not save one', async () => {
    const id = await newPlan(h, { name: '列表测试计划' })
    const listed = data(h, await ma(h, 'o-worker-1')('plans', { limit: 100 }))
    expect(listed.items).toContainEqual(expect.objectContaining({ id, name: '列表测试计划', feePerPerson: 60, locked: false, demo: false }))
    expect((await ma(h, 'o-town-sx-admin')('savePlan', { plan: planBody() }, JAN10)).error.code).toBe('FORBIDDEN')
  })

  it('When a claim exists, then the money rules are frozen (MUTUAL_AID.PLAN_LOCKED per field) but the name and dates may change', async () => {
    const id = await newPlan(h)
    const save = (over: Record<string, unknown>) => ma(h, 'o-city-admin')('savePlan', { plan: planBody({ id, ...over }) }, JAN10)
    // Before any claim the admin may still change the rules.
    expect(data(h, await save({ feePerPerson: 70 }))).toMatchObject({ id, locked: false })
    const m = await coveredMember(h, id)
    data(h, await ma(h, m.openid)('claim', claimBody(await photos(h, m.openid))))
    const out = await save({ feePerPerson: 70, annualCap: 40000, benefits: [{ kind: 'inpatient', deductible: 400, ratio: 0.5, perStayCap: 10000 }] })
    expect(out.error.code).toBe('MUTUAL_AID.PLAN_LOCKED')
    expect(Object.keys(out.error.fields).sort()).toEqual(['plan.annualCap', 'plan.benefits'])
    expect(data(h, await save({ feePerPerson: 70, name: '2026年度职工医疗互助（更名）', enrolTo: '2026-02-28' }))).toMatchObject({ id, locked: true })
  })

  it('When a plan has bad values, then each field gets a Chinese message', async () => {
    const out = await ma(h, 'o-city-admin')('savePlan', { plan: planBody({ coverTo: '2025-12-31', sampleRate: 2, benefits: [] }) }, JAN10)
    expect(out.error.code).toBe('VALIDATION')
    expect(Object.keys(out.error.fields)).toEqual(expect.arrayContaining(['plan.coverTo', 'plan.sampleRate', 'plan.benefits']))
  })
})

describe('group enrolment', () => {
  it('When a union enrols its members twice, then each is enrolled once; members of other unions and non-members are refused', async () => {
    const plan = await newPlan(h)
    const [a, b] = [await addMember(h, 'eu-hx'), await addMember(h, 'eu-hx')]
    const elsewhere = await addMember(h, 'eu-ft-003')
    const left = await addMember(h, 'eu-hx', { status: 'left' })
    const nos = [a.memberNo, b.memberNo, a.memberNo, elsewhere.memberNo, left.memberNo, memberNo()]
    const first = data(h, await ma(h, 'o-eu-hx-1')('enrol', { planId: plan, memberNos: nos }, JAN10))
    expect(first.enrolled).toEqual([
      { memberNo: a.memberNo, status: 'enrolled', coverFrom: '2026-01-01' },
      { memberNo: b.memberNo, status: 'enrolled', coverFrom: '2026-01-01' },
    ])
    expect(first.refused.map((r: { code: string }) => r.code)).toEqual(['MUTUAL_AID.NOT_MEMBER', 'MUTUAL_AID.NOT_MEMBER', 'MUTUAL_AID.NOT_MEMBER'])
    expect(first.feeDue).toBe(120)
    const again = data(h, await ma(h, 'o-eu-hx-1')('enrol', { planId: plan, memberNos: [a.memberNo] }, JAN10))
    expect(again).toMatchObject({ enrolled: [], refused: [{ memberNo: a.memberNo, code: 'MUTUAL_AID.ALREADY_ENROLLED' }] })
    const page = await h.deps.store.mutualAid.listEnrolmentsOfOrg('eu-hx', plan, undefined, 100)
    expect(page.items.filter((e) => e.memberNo === a.memberNo)).toHaveLength(1)
  })

  it('When a union enrols after the window, then cover starts after the waiting period; before the window or too late to start → OUTSIDE_ENROLMENT', async () => {
    const plan = await newPlan(h)
    const late = await addMember(h)
    const out = data(h, await ma(h, 'o-eu-hx-1')('enrol', { planId: plan, memberNos: [late.memberNo] }, at('2026-03-02T09:00:00+08:00')))
    expect(out.enrolled).toEqual([{ memberNo: late.memberNo, status: 'enrolled', coverFrom: '2026-04-01' }])
    for (const when of ['2025-11-30T09:00:00+08:00', '2026-12-05T09:00:00+08:00'])
      expect((await ma(h, 'o-eu-hx-1')('enrol', { planId: plan, memberNos: [late.memberNo] }, at(when))).error.code).toBe('MUTUAL_AID.OUTSIDE_ENROLMENT')
  })

  describe('5,000 members in one call', () => {
    const nos: string[] = []
    beforeAll(async () => {
      const org = (await h.deps.store.directory.getOrg('eu-sx-002'))!
      for (let i = 0; i < 5000; i++) {
        const m = memberRecord({ memberNo: memberNo(), orgId: org.id, orgPath: org.path })
        await h.deps.store.memberships.createMember(m)
        nos.push(m.memberNo)
      }
    }, 120_000)

    it('When a union enrols 5,000 members at once, then all are enrolled in one call and the town confirms them in one more', async () => {
      const plan = await newPlan(h)
      const out = data(h, await ma(h, 'o-eu-sx-002-1')('enrol', { planId: plan, memberNos: nos }, JAN10))
      expect(out.enrolled).toHaveLength(5000)
      expect(out.refused).toEqual([])
      expect(out.feeDue).toBe(300000)
      const confirmed = data(h, await ma(h, 'o-town-sx-1')('confirmPayment', { planId: plan, memberNos: nos, reference: 'TEST-批量-5000' }, JAN10))
      expect(confirmed.confirmed).toHaveLength(5000)
      expect(confirmed.confirmed.every((c: { status: string }) => c.status === 'active')).toBe(true)
    }, 120_000)
  })
})

describe('payment and cover', () => {
  it('When a town confirms the payment, then the member is covered; another town may not confirm it', async () => {
    const plan = await newPlan(h)
    const m = await addMember(h)
    data(h, await ma(h, 'o-eu-hx-1')('enrol', { planId: plan, memberNos: [m.memberNo] }, JAN10))
    expect(data(h, await ma(h, m.openid)('myCover', {}, JAN10))).toMatchObject({ enrolled: true, status: 'enrolled', paymentConfirmed: false })
    const other = data(h, await ma(h, 'o-town-ft-1')('confirmPayment', { planId: plan, memberNos: [m.memberNo], reference: 'X-1' }, JAN10))
    expect(other).toMatchObject({ confirmed: [], refused: [{ memberNo: m.memberNo, code: 'MUTUAL_AID.NOT_ENROLLED' }] })
    expect((await ma(h, 'o-eu-hx-1')('confirmPayment', { planId: plan, memberNos: [m.memberNo], reference: 'X-1' }, JAN10)).error.code).toBe('FORBIDDEN')
    const ok = data(h, await ma(h, 'o-town-sx-1')('confirmPayment', { planId: plan, memberNos: [m.memberNo], reference: 'X-1' }, JAN10))
    expect(ok.confirmed).toEqual([{ memberNo: m.memberNo, status: 'active', coverFrom: '2026-01-01' }])
    expect(data(h, await ma(h, m.openid)('myCover', { planId: plan }, TUE))).toMatchObject({
      enrolled: true, planId: plan, status: 'active', statusLabel: '保障中', covered: true, coverFrom: '2026-01-01', coverTo: '2026-12-31',
      waitingLastDay: null, annualCap: 30000, annualCapLeft: 30000, paymentConfirmed: true,
    })
  })

  it('When a member of a joint union enrols themself late, then the city is told, the waiting period shows, and a second try is ALREADY_ENROLLED', async () => {
    const plan = await newPlan(h)
    const m = await addMember(h, 'ju-yw-express')
    const feb = at('2026-02-10T09:00:00+08:00')
    expect(data(h, await ma(h, m.openid)('enrolSelf', { planId: plan }, feb))).toMatchObject({
      enrolled: true, by: 'self', status: 'enrolled', coverFrom: '2026-03-12', waitingLastDay: '2026-03-11',
    })
    expect((await ma(h, m.openid)('enrolSelf', { planId: plan }, feb)).error.code).toBe('MUTUAL_AID.ALREADY_ENROLLED')
    const cityInbox = await h.deps.store.inbox.list('org:yw', undefined, 100)
    expect(cityInbox.items).toContainEqual(expect.objectContaining({ type: 'mutualAid.selfEnrolled' }))
    expect((await ma(h, 'o-worker-1')('enrolSelf', { planId: plan }, feb)).error.code).toBe('MUTUAL_AID.NOT_MEMBER')
  })

  it('When a member has no cover but a plan is open, then myCover says so and shows the renewal window', async () => {
    const plan = await newPlan(h, { name: '续保窗口测试', year: 2027, coverFrom: '2027-01-01', coverTo: '2027-12-31', enrolFrom: '2026-03-01', enrolTo: '2026-12-31' })
    const m = await addMember(h)
    const out = data(h, await ma(h, m.openid)('myCover', {}, TUE))
    expect(out).toMatchObject({ enrolled: false, renewal: { planId: plan, name: '续保窗口测试', enrolFrom: '2026-03-01', enrolTo: '2026-12-31' } })
  })
})
