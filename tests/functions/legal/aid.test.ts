/**
 * Union legal aid (issue 11 §5) through the real `legal` function: routing, the means test, the 7-working-day
 * decide-by across the 2026 National Day holiday with a material request pausing it, urgent applications,
 * withdrawal and escalation by the hourly sweep, who may read and decide, idempotency and races.
 */
import { openHarness, timer, type Harness } from '../../support/harness'
import { uid } from '../../support/factories'
import { addOfficer, at, data, inboxOf, newWorker } from './helpers'

let h: Harness
beforeAll(async () => {
  h = await openHarness()
  // 佛堂镇 gets a lawyer (its applications stay in town); 苏溪镇 has none (its applications go to the city centre).
  await addOfficer(h, 'ft', 'lawyer')
  for (const year of [2025, 2026]) {
    data(h, await h.as('o-city-admin')('legal', 'setParameters', { year, localAverageMonthlyWage: 7000, minimumMonthlyWage: 2490 }, at(`${year}-01-05T09:00:00+08:00`)))
  }
})
afterAll(() => h.close())

const SEP29 = at('2026-09-29T15:00:00+08:00')
const application = (over: Record<string, unknown> = {}) => ({
  requestId: uid('req'), category: 'wage', townId: 'sx', claimAmount: 12000, help: ['arbitration'], migrantWorker: true,
  householdIncomePerPerson: 3000, facts: '在工地干了三个月，老板一直拖欠工资，现在联系不上。', applicant: { name: '赵大勇', phone: '13712345678' },
  consents: { shareWithUnion: true }, ...over,
})
const apply = async (openid: string, over: Record<string, unknown> = {}, now = SEP29) => data(h, await h.as(openid)('legal', 'aidApply', application(over), now))
const sweep = (now: Date) => h.call('escalate', timer, { action: 'sweep' }, now).then((out) => data(h, out))

describe('applying', () => {
  it('When a migrant worker claims wages, then the means test is exempt, the city centre receives it (no town lawyer) and the decide-by is 7 working days', async () => {
    const out = await apply(newWorker())
    expect(out).toMatchObject({ status: 'pending', meansTest: 'exempt', assignedOrgId: 'yw', routeReason: 'CITY_CENTRE', urgent: false })
    // Received Tue 29 Sep: 30 Sep, (1–7 Oct off), 8, 9, 10 (make-up Saturday), 12, 13, 14 Oct.
    expect(out.decideBy).toBe('2026-10-15T00:00:00+08:00')
  })

  it.each([
    ['income at the threshold passes', { migrantWorker: false, householdIncomePerPerson: 2490 }, 'passed'],
    ['income above it fails but is still filed', { migrantWorker: false, householdIncomePerPerson: 5000 }, 'failed'],
    ['a hardship-register worker is exempt', { migrantWorker: false, hardship: true, householdIncomePerPerson: 9000 }, 'exempt'],
  ])('%s', async (_w, over, test) => {
    expect(await apply(newWorker(), over)).toMatchObject({ status: 'pending', meansTest: test })
  })

  it('When a town has a lawyer, then the town federation receives it; never an enterprise union', async () => {
    const out = await apply(newWorker(), { townId: undefined, enterpriseId: 'e-ft-001' })
    expect(out).toMatchObject({ assignedOrgId: 'ft', routeReason: 'TOWN_LAWYERS' })
  })

  it('When the limitation deadline is fewer than 7 days away, then it is urgent: decided by the end of the next working day', async () => {
    const out = await apply(newWorker(), { limitationDeadline: '2026-10-05' }, at('2026-09-30T09:00:00+08:00'))
    expect(out).toMatchObject({ urgent: true, decideBy: '2026-10-09T00:00:00+08:00' })
  })

  it('When the same request is sent again, then the first application comes back', async () => {
    const w = newWorker()
    const body = application()
    const a = data(h, await h.as(w)('legal', 'aidApply', body, SEP29))
    const [b, c] = await Promise.all([h.as(w)('legal', 'aidApply', body, SEP29), h.as(w)('legal', 'aidApply', body, SEP29)])
    expect(data(h, b).id).toBe(a.id)
    expect(data(h, c).id).toBe(a.id)
    expect(data(h, await h.as(w)('legal', 'aidMine', {})).items).toHaveLength(1)
  })

  it('When fields are wrong, then each gets a Chinese message and nothing is filed', async () => {
    const w = newWorker()
    const out = await h.as(w)('legal', 'aidApply', application({ help: [], claimAmount: -1, consents: { shareWithUnion: false }, applicant: { name: '', phone: '123' } }), SEP29)
    expect(out.error.code).toBe('VALIDATION')
    expect(Object.keys(out.error.fields)).toEqual(expect.arrayContaining(['help', 'claimAmount', 'consents.shareWithUnion', 'applicant.phone']))
    expect(data(h, await h.as(w)('legal', 'aidMine', {})).items).toEqual([])
  })
})

describe('deciding on time across National Day 2026', () => {
  it('When material is requested and supplied, then the clock pauses and resumes with the days left, and a grant in time is recorded', async () => {
    const w = newWorker()
    const a = await apply(w)
    const city = h.as('o-city-1')
    const asked = data(h, await city('legal', 'aidRequestMaterial', { id: a.id, text: '请补充工地考勤或工友证言。' }, at('2026-09-30T10:00:00+08:00')))
    expect(asked).toMatchObject({ status: 'awaiting_material', decideBy: null })
    const supplied = data(h, await h.as(w)('legal', 'aidSupply', { id: a.id, text: '已上传工友证言。' }, at('2026-10-12T10:00:00+08:00')))
    // 6 working days were left on 30 Sep (8, 9, 10, 12, 13, 14 Oct); from Mon 12 Oct: 13, 14, 15, 16, 19, 20 Oct.
    expect(supplied).toMatchObject({ status: 'pending', decideBy: '2026-10-21T00:00:00+08:00' })
    const done = data(h, await city('legal', 'aidDecide', { id: a.id, decision: 'grant', lawyerOpenid: 'o-lawyer-1', note: '符合援助条件，指派律师代理仲裁。' }, at('2026-10-20T16:00:00+08:00')))
    expect(done).toMatchObject({ status: 'granted', decision: { decision: 'grant', form: ['arbitration'] } })
    expect(new Date(done.decision.at).getTime()).toBeLessThan(new Date('2026-10-21T00:00:00+08:00').getTime())
    const mine = data(h, await h.as(w)('legal', 'aidGet', { id: a.id }))
    expect(mine).toMatchObject({ status: 'granted', role: 'applicant' })
    expect(mine.history.map((e: any) => e.type)).toEqual(['applied', 'material_requested', 'material_supplied', 'granted'])
  })

  it('When the union refuses, then the worker sees the reason and where else to turn', async () => {
    const a = await apply(newWorker(), { migrantWorker: false, householdIncomePerPerson: 9000 })
    const out = data(h, await h.as('o-city-admin')('legal', 'aidDecide', { id: a.id, decision: 'refuse', reasonCode: 'MEANS_TEST_FAILED', note: '收入高于标准，可向法律援助中心咨询。' }, at('2026-10-08T10:00:00+08:00')))
    expect(out.decision).toMatchObject({ decision: 'refuse', reasonCode: 'MEANS_TEST_FAILED', reasonLabel: expect.stringMatching(/经济困难/) })
    expect(out.decision.nextRoutes.join('')).toContain('12348')
  })

  it('When a grant names someone who is not a lawyer of the receiving org, or a refusal has no reason, then it is refused per field', async () => {
    const a = await apply(newWorker())
    const city = h.as('o-city-1')
    const notLawyer = await city('legal', 'aidDecide', { id: a.id, decision: 'grant', lawyerOpenid: 'o-city-1', note: '同意。' }, SEP29)
    expect(notLawyer.error).toMatchObject({ code: 'VALIDATION', fields: { lawyerOpenid: expect.any(String) } })
    const noReason = await city('legal', 'aidDecide', { id: a.id, decision: 'refuse', note: '不同意。' }, SEP29)
    expect(noReason.error).toMatchObject({ code: 'VALIDATION', fields: { reasonCode: expect.any(String) } })
  })

  it('When two officers decide at once, then exactly one decision stands', async () => {
    const a = await apply(newWorker())
    const outs = await Promise.all([
      h.as('o-city-1')('legal', 'aidDecide', { id: a.id, decision: 'grant', lawyerOpenid: 'o-lawyer-1', note: '同意援助。' }, SEP29),
      h.as('o-city-admin')('legal', 'aidDecide', { id: a.id, decision: 'refuse', reasonCode: 'NO_MERIT', note: '不予援助。' }, SEP29),
    ])
    expect(outs.filter((o) => o.ok)).toHaveLength(1)
    expect(outs.find((o) => !o.ok).error.code).toMatch(/CONFLICT|LEGAL.AID_NOT_PENDING/)
    const stored = await h.deps.store.legal.getAid(a.id)
    expect(stored!.history.filter((e) => e.type === 'granted' || e.type === 'refused')).toHaveLength(1)
  })
})

describe('the sweep', () => {
  it('When a town misses its decide-by, then the city gets it with a fresh clock; when the city misses, it is overdue', async () => {
    const a = await apply(newWorker(), { townId: 'ft' })
    expect(a.assignedOrgId).toBe('ft')
    const late = at('2026-10-15T01:00:00+08:00')
    await sweep(late)
    const moved = (await h.deps.store.legal.getAid(a.id))!
    // A fresh 7 working days from Thu 15 Oct: 16, 19, 20, 21, 22, 23, 26 Oct.
    expect(moved).toMatchObject({ assignedOrgId: 'yw', overdue: false, decideBy: '2026-10-27T00:00:00+08:00' })
    await sweep(at('2026-10-26T09:00:00+08:00'))
    expect((await h.deps.store.legal.getAid(a.id))!.overdue).toBe(false)
    await sweep(at('2026-10-27T01:00:00+08:00'))
    expect(await h.deps.store.legal.getAid(a.id)).toMatchObject({ assignedOrgId: 'yw', overdue: true, escalateAt: null })
  })

  it('When requested material does not come within 15 working days, then the application is withdrawn and the worker told', async () => {
    const w = newWorker()
    const a = await apply(w)
    data(h, await h.as('o-city-1')('legal', 'aidRequestMaterial', { id: a.id, text: '请补充劳动合同。' }, at('2026-09-30T10:00:00+08:00')))
    // 15 working days after 30 Sep end on Tue 27 Oct (8–10, 12–16, 19–23, 26, 27 Oct).
    await sweep(at('2026-10-27T10:00:00+08:00'))
    expect((await h.deps.store.legal.getAid(a.id))!.status).toBe('awaiting_material')
    await sweep(at('2026-10-28T01:00:00+08:00'))
    expect((await h.deps.store.legal.getAid(a.id))!.status).toBe('withdrawn')
    const { mine } = await inboxOf(h, w)
    expect(mine.map((i: any) => i.type)).toContain('legal.aid_withdrawn')
  })
})

describe('who sees what', () => {
  it('When an enterprise-union officer, another town or another worker asks, then the application does not exist for them', async () => {
    const a = await apply(newWorker(), { enterpriseId: 'e-hx', townId: undefined })
    for (const who of ['o-eu-hx-1', 'o-town-ft-1', newWorker()]) {
      expect((await h.as(who)('legal', 'aidGet', { id: a.id })).error.code).toBe('NOT_FOUND')
    }
    expect((await h.as('o-eu-hx-1')('legal', 'aidQueue', {})).ok).toBe(true)
    expect(JSON.stringify(await h.as('o-eu-hx-1')('legal', 'aidQueue', {}))).not.toContain(a.id)
  })

  it('When the receiving federation reads it, then lists are masked, the detail is full and audited, and no notification carries identity or income', async () => {
    const a = await apply(newWorker(), { householdIncomePerPerson: 1234.56, applicant: { name: '钱多多', phone: '13698765432' } })
    const queue = data(h, await h.as('o-city-1')('legal', 'aidQueue', { limit: 100 }))
    const row = queue.items.find((r: any) => r.id === a.id)
    expect(row.applicant).toEqual({ name: '钱**', phone: '136****5432' })
    expect(JSON.stringify(queue)).not.toMatch(/钱多多|13698765432|1234\.56/)
    const detail = data(h, await h.as('o-city-1')('legal', 'aidGet', { id: a.id }))
    expect(detail).toMatchObject({ applicant: { name: '钱多多', phone: '13698765432' }, householdIncomePerPerson: 1234.56 })
    const reads = await h.deps.store.audit.listByRecord('legal_aid', a.id, undefined, 100)
    expect(reads.items.map((e) => e.action)).toContain('legal.aidRead')
    const { org } = await inboxOf(h, 'o-city-1')
    expect(JSON.stringify(org)).not.toMatch(/钱多多|13698765432|1234\.56|工地/)
    expect(JSON.stringify(h.log.entries)).not.toMatch(/钱多多|13698765432|1234\.56/)
  })
})

describe('statistics', () => {
  it('When applications are decided, then the city row counts them, on time and granted, in JSON and CSV', async () => {
    const fresh = await openHarness()
    try {
      data(fresh, await fresh.as('o-city-admin')('legal', 'setParameters', { year: 2026, localAverageMonthlyWage: 7000, minimumMonthlyWage: 2490 }, SEP29))
      const ids: string[] = []
      for (let i = 0; i < 6; i++) ids.push(data(fresh, await fresh.as(newWorker())('legal', 'aidApply', application(), SEP29)).id)
      for (const id of ids.slice(0, 4))
        data(fresh, await fresh.as('o-city-1')('legal', 'aidDecide', { id, decision: 'grant', lawyerOpenid: 'o-lawyer-1', note: '同意。' }, at('2026-10-08T10:00:00+08:00')))
      data(fresh, await fresh.as('o-city-1')('legal', 'aidDecide', { id: ids[4], decision: 'refuse', reasonCode: 'NO_MERIT', note: '不予援助。' }, at('2026-10-20T10:00:00+08:00')))
      const out = data(fresh, await fresh.as('o-city-admin')('legal', 'stats', {}, at('2026-10-21T10:00:00+08:00')))
      expect(out.org.aid).toMatchObject({ applications: 6, undecided: 1, decided: 5, decidedOnTime: 4, decidedOnTimeRate: 0.8, granted: 4, grantedRate: 0.8 })
      const csv = data(fresh, await fresh.as('o-city-admin')('legal', 'stats', { format: 'csv' }, at('2026-10-21T10:00:00+08:00'))).csv
      expect(csv.split('\n')[0]).toContain('按时决定率')
    } finally {
      await fresh.close()
    }
  })
})

describe('the lawyers a grant may name', () => {
  it('When any deciding officer (not only an admin) opens an undecided application, then the receiving org’s lawyers come with it', async () => {
    const a = await apply(newWorker())
    const view = data(h, await h.as('o-city-1')('legal', 'aidGet', { id: a.id }))
    expect(view.lawyers.map((l: any) => l.openid).sort()).toEqual(['o-lawyer-1', 'o-lawyer-2'])
    expect(JSON.stringify(view.lawyers)).not.toContain('o-city-admin')
  })
})
