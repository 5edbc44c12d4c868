/**
 * Claims through the real `mutualAid` function: the refusals at submission (nothing filed), the estimate and the
 * approved amount from one computation, caps across claims, the critical-illness lump sum once a year, retries and
 * bad input.
 */
import { openHarness, type Harness } from '../../support/harness'
import {
  JAN10, TUE, addMember, at, claimBody, coveredMember, data, invoiceNo, ma, newPlan, newWorker, photos,
} from './helpers'

let h: Harness
beforeAll(async () => (h = await openHarness()))
afterAll(() => h.close())

const mine = async (openid: string) => data(h, await ma(h, openid)('mine')).items

describe('refusals at submission', () => {
  let plan: string
  // Claims must come within 30 days of discharge under this plan.
  beforeAll(async () => (plan = await newPlan(h, { claimWithinDays: 30 })))

  it.each([
    ['admitted in the waiting period of a late enrolment', 'MUTUAL_AID.WAITING_PERIOD', { enrolAt: at('2026-02-10T10:00:00+08:00') }, {}, '2026年3月12日'],
    ['admitted before the plan covers anything', 'MUTUAL_AID.OUTSIDE_COVER', {}, { admittedAt: '2025-12-20', dischargedAt: '2026-02-20' }, '保障期'],
    ['discharged more than 30 days ago', 'MUTUAL_AID.CLAIM_TOO_LATE', {}, { admittedAt: '2026-01-20', dischargedAt: '2026-02-01' }, '2026年3月3日'],
    ['a required photo slot empty', 'MUTUAL_AID.DOCUMENTS_MISSING', { slots: ['invoice', 'settlement'] }, {}, '出院小结'],
  ])('When a claim is %s, then it is refused with %s, a Chinese explanation, and nothing is filed', async (_w, code, setup, over, hint) => {
    const opts = setup as { enrolAt?: Date; slots?: string[] }
    const m = await coveredMember(h, plan, 'eu-hx', opts.enrolAt ?? JAN10)
    const out = await ma(h, m.openid)('claim', claimBody(await photos(h, m.openid, opts.slots), over))
    expect(out.ok).toBe(false)
    expect(out.error.code).toBe(code)
    expect(out.error.message).toContain(hint)
    expect(await mine(m.openid)).toEqual([])
  })

  it('When another member claims with an invoice already used, then MUTUAL_AID.DUPLICATE_INVOICE and only the first claim exists', async () => {
    const invoice = invoiceNo()
    const first = await coveredMember(h, plan)
    data(h, await ma(h, first.openid)('claim', claimBody(await photos(h, first.openid), { invoiceNumbers: [invoice] })))
    const second = await coveredMember(h, plan)
    // The same number written with spaces and dashes is the same invoice.
    const spaced = `${invoice.slice(0, 4)} ${invoice.slice(4, 12)}-${invoice.slice(12)}`
    const out = await ma(h, second.openid)('claim', claimBody(await photos(h, second.openid), { invoiceNumbers: [invoiceNo(), spaced] }))
    expect(out.error).toMatchObject({ code: 'MUTUAL_AID.DUPLICATE_INVOICE', fields: { invoiceNumbers: expect.any(String) } })
    expect(await mine(second.openid)).toEqual([])
    expect(await mine(first.openid)).toHaveLength(1)
  })

  it('When the member is enrolled but the fee is not confirmed, or not enrolled at all, then MUTUAL_AID.NOT_ENROLLED', async () => {
    const m = await addMember(h)
    data(h, await ma(h, 'o-city-admin')('enrol', { planId: plan, memberNos: [m.memberNo] }, JAN10))
    expect((await ma(h, m.openid)('claim', claimBody(await photos(h, m.openid)))).error.code).toBe('MUTUAL_AID.NOT_ENROLLED')
    const stranger = newWorker()
    expect((await ma(h, stranger)('claim', claimBody(await photos(h, stranger)))).error.code).toBe('MUTUAL_AID.NOT_ENROLLED')
  })
})

describe('the amount', () => {
  it('When a member asks for an estimate and then claims the same stay, then the approved amount equals the estimate', async () => {
    const plan = await newPlan(h)
    const m = await coveredMember(h, plan)
    const stay = { benefit: 'inpatient', admittedAt: '2026-03-01', dischargedAt: '2026-03-05', selfPaidInPolicy: 6500.35, totalCost: 20000, fundPaid: 12000 }
    const est = data(h, await ma(h, m.openid)('estimate', stay))
    expect(est).toMatchObject({ payable: 3000.18, eligible: 6000.35, deductible: 500, ratio: 0.5, annualCapLeftBefore: 30000, annualCapLeftAfter: 26999.82, reasons: [], refusal: null })
    const c = data(h, await ma(h, m.openid)('claim', claimBody(await photos(h, m.openid), stay)))
    expect(c).toMatchObject({ status: 'submitted', payable: est.payable, sampled: false, decideBy: null })
    data(h, await ma(h, 'o-eu-hx-1')('review', { id: c.id, decision: 'documents_ok' }))
    const approved = data(h, await ma(h, 'o-town-sx-1')('approve', { id: c.id }))
    expect(approved).toMatchObject({ status: 'approved', payable: est.payable })
  })

  it('When a stay pays more than the per-stay cap and a second one meets the annual cap, then each is cut with its reason code, and a rejection gives the cap back', async () => {
    const plan = await newPlan(h, { annualCap: 12000 })
    const m = await coveredMember(h, plan)
    const big = { selfPaidInPolicy: 25000, totalCost: 40000, fundPaid: 15000 }
    const first = data(h, await ma(h, m.openid)('claim', claimBody(await photos(h, m.openid), big)))
    expect(first.payout).toMatchObject({ payable: 10000, reasons: [{ code: 'PER_STAY_CAP', label: expect.any(String) }] })
    const est = data(h, await ma(h, m.openid)('estimate', { benefit: 'inpatient', admittedAt: '2026-03-06', dischargedAt: '2026-03-08', ...big }))
    expect(est).toMatchObject({ payable: 2000, annualCapLeftBefore: 2000, annualCapLeftAfter: 0, reasons: ['PER_STAY_CAP', 'ANNUAL_CAP'] })
    const second = data(h, await ma(h, m.openid)('claim', claimBody(await photos(h, m.openid), { ...big, admittedAt: '2026-03-06', dischargedAt: '2026-03-08' })))
    expect(second).toMatchObject({ payable: 2000 })
    expect(data(h, await ma(h, m.openid)('myCover')).annualCapLeft).toBe(0)

    data(h, await ma(h, 'o-eu-hx-1')('review', { id: first.id, decision: 'documents_ok' }))
    data(h, await ma(h, 'o-town-sx-1')('reject', { id: first.id, reasonCode: 'DOCUMENTS_INVALID', note: '结算单与发票金额不一致。' }))
    expect(data(h, await ma(h, m.openid)('myCover')).annualCapLeft).toBe(10000)
  })

  it('When a member claims the critical-illness lump sum twice in a year, then the second pays 0 with CRITICAL_ALREADY_PAID', async () => {
    const plan = await newPlan(h)
    const m = await coveredMember(h, plan)
    const critical = async () => claimBody(await photos(h, m.openid, ['diagnosis']), { benefit: 'critical_illness' })
    expect(data(h, await ma(h, m.openid)('claim', await critical()))).toMatchObject({ payable: 5000 })
    const again = data(h, await ma(h, m.openid)('claim', await critical()))
    expect(again).toMatchObject({ payable: 0, payout: { reasons: [{ code: 'CRITICAL_ALREADY_PAID' }] } })
  })

  it('When in-policy self-paid is below the deductible, then the claim is filed with 0 and BELOW_DEDUCTIBLE', async () => {
    const plan = await newPlan(h)
    const m = await coveredMember(h, plan)
    const c = data(h, await ma(h, m.openid)('claim', claimBody(await photos(h, m.openid), { selfPaidInPolicy: 400 })))
    expect(c).toMatchObject({ status: 'submitted', payable: 0, payout: { reasons: [{ code: 'BELOW_DEDUCTIBLE' }] } })
  })
})

describe('retries and bad input', () => {
  it('When the same request is sent again (also twice at once), then the first claim comes back and one is filed', async () => {
    const plan = await newPlan(h)
    const m = await coveredMember(h, plan)
    const body = claimBody(await photos(h, m.openid))
    const first = data(h, await ma(h, m.openid)('claim', body))
    const [a, b] = await Promise.all([ma(h, m.openid)('claim', body), ma(h, m.openid)('claim', body)])
    expect([data(h, a).id, data(h, b).id]).toEqual([first.id, first.id])
    expect(await mine(m.openid)).toHaveLength(1)
  })

  it('When fields are wrong, then each gets a Chinese message and nothing is filed', async () => {
    const plan = await newPlan(h)
    const m = await coveredMember(h, plan)
    const att = await photos(h, m.openid)
    const bad = [
      [{ selfPaidInPolicy: 30000, totalCost: 20000 }, 'selfPaidInPolicy'],
      [{ admittedAt: '2026-03-05', dischargedAt: '2026-03-01' }, 'dischargedAt'],
      [{ fundPaid: -1 }, 'fundPaid'],
      [{ dischargedAt: '2026-03-11' }, 'dischargedAt'],
      [{ consents: { health: false } }, 'consents.health'],
      [{ payout: { bankName: '银行', accountNo: '12ab', accountName: '王' } }, 'payout.accountNo'],
    ] as const
    for (const [over, field] of bad) {
      const out = await ma(h, m.openid)('claim', claimBody(att, over))
      expect({ field, code: out.error?.code, has: typeof out.error?.fields?.[field] }).toEqual({ field, code: 'VALIDATION', has: 'string' })
    }
    expect(await mine(m.openid)).toEqual([])
  })

  it("When a claim carries someone else's photo, then VALIDATION on that attachment", async () => {
    const plan = await newPlan(h)
    const m = await coveredMember(h, plan)
    const other = await photos(h, newWorker())
    const mixed = [...(await photos(h, m.openid, ['invoice', 'settlement'])), { ...other[2] }]
    const out = await ma(h, m.openid)('claim', claimBody(mixed))
    expect(out.error).toMatchObject({ code: 'VALIDATION', fields: { 'attachments.2': expect.any(String) } })
  })
})

it('When the estimate is asked without cover, then it still itemises the plan and says why a claim would be refused', async () => {
  await newPlan(h)
  const out = data(h, await ma(h, newWorker())('estimate', { benefit: 'inpatient', admittedAt: '2026-03-01', dischargedAt: '2026-03-05', selfPaidInPolicy: 1500 }, TUE))
  expect(out).toMatchObject({ payable: 500, refusal: { code: 'MUTUAL_AID.NOT_ENROLLED', message: expect.stringContaining('互助保障') } })
})
