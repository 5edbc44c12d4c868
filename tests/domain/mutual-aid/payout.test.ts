/** Issue 12: the itemised payout (deductible, ratio, per-stay cap, annual cap, critical illness once a year). */
import { computePayout, type Benefit } from '../../../types/mutual-aid/payout'

const inpatient: Benefit = { kind: 'inpatient', deductible: 500, ratio: 0.5, perStayCap: 10_000 }
const critical: Benefit = { kind: 'critical_illness', lumpSum: 5000, diseases: ['恶性肿瘤'] }
const pay = (benefit: Benefit, selfPaidInPolicy: number, annualCapLeft = 30_000, criticalAlreadyPaid = false) =>
  computePayout({ benefit, selfPaidInPolicy, annualCapLeft, criticalAlreadyPaid })

describe('inpatient', () => {
  it.each([
    ['ordinary stay: 50% of self-paid above 500', 3500, 30_000, 1500, [], 28_500],
    ['self-paid at the deductible: nothing', 500, 30_000, 0, ['BELOW_DEDUCTIBLE'], 30_000],
    ['self-paid below the deductible: nothing', 120.5, 30_000, 0, ['BELOW_DEDUCTIBLE'], 30_000],
    ['a long stay hits the per-stay cap', 40_000, 30_000, 10_000, ['PER_STAY_CAP'], 20_000],
    ['what is left of the annual cap limits it', 3500, 800, 800, ['ANNUAL_CAP'], 0],
    ['both caps: per stay first, then the year', 40_000, 6000, 6000, ['PER_STAY_CAP', 'ANNUAL_CAP'], 0],
    ['fen are rounded half-up once', 501.01, 30_000, 0.51, [], 29_999.49],
  ])('%s', (_w, selfPaid, capLeft, payable, reasons, after) => {
    const out = pay(inpatient, selfPaid, capLeft)
    expect(out).toMatchObject({ payable, reasons, annualCapLeftBefore: capLeft, annualCapLeftAfter: after })
    expect(out.lines.at(-1)).toEqual({ label: '本次可获互助金', amount: payable })
  })
  it('shows each step of the computation', () => {
    expect(pay(inpatient, 3500).lines.map((l) => l.amount)).toEqual([3000, 1500, 1500])
  })
})

describe('critical illness', () => {
  it('pays the lump sum once per cover year', () => {
    expect(pay(critical, 0)).toMatchObject({ payable: 5000, reasons: [] })
    expect(pay(critical, 0, 30_000, true)).toMatchObject({ payable: 0, reasons: ['CRITICAL_ALREADY_PAID'] })
  })
  it('is limited by the annual cap too', () => {
    expect(pay(critical, 0, 2000)).toMatchObject({ payable: 2000, reasons: ['ANNUAL_CAP'] })
  })
})
