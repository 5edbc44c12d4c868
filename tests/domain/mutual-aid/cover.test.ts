/** Issue 12: cover dates, claim refusals (waiting period, cover, late claim, documents) and sampling, table-tested. */
import { checkClaim, coverStart, isSampled, type CoverState } from '../../../cloudfunctions/_lib/domain/mutual-aid/cover'

const plan = { coverFrom: '2026-01-01', coverTo: '2026-12-31', enrolFrom: '2025-10-20', enrolTo: '2025-12-20', waitingDays: 90, claimWithinDays: 180 }
const active = (coverFrom = '2026-01-01', coverTo = '2026-12-31'): CoverState => ({ status: 'active', coverFrom, coverTo })
const ALL = ['invoice', 'settlement', 'discharge_summary'] as const

describe('cover start', () => {
  it.each([
    ['inside the window: the plan start', '2025-11-05', '2026-01-01'],
    ['on the last day of the window', '2025-12-20', '2026-01-01'],
    ['after the window: enrolment day + 90 days', '2026-03-10', '2026-06-08'],
  ])('%s', (_w, day, start) => expect(coverStart(plan, day)).toBe(start))
})

describe('claim refusals (nothing is filed)', () => {
  const claim = (over: Record<string, unknown> = {}) => ({ benefit: 'inpatient' as const, admittedAt: '2026-05-03', dischargedAt: '2026-05-10', today: '2026-05-20', slots: [...ALL], ...over })
  it.each([
    ['covered: no refusal', active(), claim(), null],
    ['no enrolment', null, claim(), 'MUTUAL_AID.NOT_ENROLLED'],
    ['enrolled but the fee not confirmed', { status: 'enrolled', coverFrom: '2026-01-01', coverTo: '2026-12-31' }, claim(), 'MUTUAL_AID.NOT_ENROLLED'],
    ['admitted in the waiting period', active('2026-06-08'), claim(), 'MUTUAL_AID.WAITING_PERIOD'],
    ['admitted on the first covered day', active('2026-06-08'), claim({ admittedAt: '2026-06-08', dischargedAt: '2026-06-09', today: '2026-06-10' }), null],
    ['admitted before the plan year', active(), claim({ admittedAt: '2025-12-30' }), 'MUTUAL_AID.OUTSIDE_COVER'],
    ['admitted after the membership ended', active('2026-01-01', '2026-04-30'), claim(), 'MUTUAL_AID.OUTSIDE_COVER'],
    ['claimed 181 days after discharge', active(), claim({ today: '2026-11-07' }), 'MUTUAL_AID.CLAIM_TOO_LATE'],
    ['claimed 180 days after discharge', active(), claim({ today: '2026-11-06' }), null],
    ['the discharge summary missing', active(), claim({ slots: ['invoice', 'settlement'] }), 'MUTUAL_AID.DOCUMENTS_MISSING'],
    ['critical illness needs the diagnosis', active(), claim({ benefit: 'critical_illness', slots: ['invoice'] }), 'MUTUAL_AID.DOCUMENTS_MISSING'],
  ])('%s', (_w, cover, facts, code) => {
    expect(checkClaim(plan, cover as CoverState | null, facts as never)?.code ?? null).toBe(code)
  })
  it('names the first covered day and the last day to claim', () => {
    expect(checkClaim(plan, active('2026-06-08'), claim())).toEqual({ code: 'MUTUAL_AID.WAITING_PERIOD', firstCoveredDay: '2026-06-08' })
    expect(checkClaim(plan, active(), claim({ today: '2026-12-01' }))).toEqual({ code: 'MUTUAL_AID.CLAIM_TOO_LATE', lastDay: '2026-11-06' })
  })
})

describe('sampled second review', () => {
  it.each([
    [8000, 0.9, true], [7999.99, 0.9, false], [100, 0.049, true], [100, 0.05, false],
  ])('payable %d with draw %d → sampled %s (threshold 8000, rate 5%)', (payable, draw, out) => expect(isSampled(payable, 8000, 0.05, draw)).toBe(out))
})
