/**
 * The worker's legal toolkit against worked examples from the statutes (issue 11 §3): the arbitration
 * limitation clock on the real 2024–2026 working-day calendar, and the three entitlement calculators.
 */
import { createWorkCalendar } from '../../../cloudfunctions/_lib/domain/calendar'
import { officialCalendarData } from '../../../cloudfunctions/_lib/calendar/official'
import { limitationClock, workdayPredicate } from '../../../types/legal/limitation'
import { compensation, noContractPay, overtimePay } from '../../../types/legal/calculators'
import { addMonths, addYears } from '../../../types/legal/days'

const official = officialCalendarData()
const calendar = createWorkCalendar(official)
const isWorkday = (d: string) => calendar.isWorkday(d)

describe('day arithmetic', () => {
  it.each([
    ['2024-02-29', 1, '2025-02-28'], ['2024-02-29', 4, '2028-02-29'], ['2026-10-01', 1, '2027-10-01'],
  ])('one year from %s (+%i years) is %s', (d, n, out) => expect(addYears(d, n)).toBe(out))
  it.each([['2026-01-31', 1, '2026-02-28'], ['2026-03-31', -1, '2026-02-28'], ['2026-12-15', 1, '2027-01-15']])(
    '%s + %i month → %s', (d, n, out) => expect(addMonths(d, n)).toBe(out))
})

describe('arbitration limitation clock (劳动争议调解仲裁法 art. 27)', () => {
  const clock = (input: Parameters<typeof limitationClock>[0], today = '2026-06-01') => limitationClock(input, today, isWorkday)

  it.each([
    // [what, input, deadline]
    ['an ordinary year that ends on a working day', { category: 'overtime', knewAt: '2025-06-10' }, '2026-06-10'],
    ['a year ending on National Day moves to the first working day after the holiday', { category: 'contract', knewAt: '2025-10-01' }, '2026-10-08'],
    ['a year ending on a make-up working Sunday (调休) stays', { category: 'injury', knewAt: '2025-09-20' }, '2026-09-20'],
    ['a year ending on an ordinary Sunday moves to Monday', { category: 'social_insurance', knewAt: '2025-12-20' }, '2026-12-21'],
    ['29 February: the same day a year later is 28 February', { category: 'other', knewAt: '2024-02-29' }, '2025-02-28'],
    ['a year ending in the Spring Festival moves past it', { category: 'leave', knewAt: '2025-02-16' }, '2026-02-24'],
    ['an interruption restarts the year from its day', { category: 'overtime', knewAt: '2025-03-01', interruptions: ['2025-04-01', '2025-06-10'] }, '2026-06-10'],
    ['wages after the job ended: one year from the end date', { category: 'wage', knewAt: '2025-01-05', employmentEndedAt: '2025-11-30' }, '2026-11-30'],
    ['wages: a demand after the end restarts it', { category: 'wage', knewAt: '2025-01-05', employmentEndedAt: '2025-06-01', interruptions: ['2025-03-01', '2025-07-15'] }, '2026-07-15'],
  ])('%s', (_what, input, deadline) => {
    expect(clock(input as never).deadline).toBe(deadline)
  })

  it('When wages are owed while the job continues, then no deadline runs yet, and the page says why', () => {
    const out = clock({ category: 'wage', knewAt: '2025-01-05' })
    expect(out).toMatchObject({ deadline: null, daysLeft: null, urgent: false })
    expect(out.basis.join('')).toContain('不受一年时效限制')
  })

  it('When fewer than 7 days are left, then it is urgent (法律援助法 art. 44); at 7 it is not; after the day it has expired', () => {
    const input = { category: 'overtime', knewAt: '2025-06-10' }
    expect(clock(input, '2026-06-04')).toMatchObject({ daysLeft: 6, urgent: true, expired: false })
    expect(clock(input, '2026-06-03')).toMatchObject({ daysLeft: 7, urgent: false })
    expect(clock(input, '2026-06-10')).toMatchObject({ daysLeft: 0, urgent: true })
    expect(clock(input, '2026-06-11')).toMatchObject({ daysLeft: -1, urgent: false, expired: true })
  })

  it('When the page builds its predicate from the schedule lists, then it answers as the function calendar does', () => {
    const page = workdayPredicate(official)
    for (let d = new Date('2026-01-01'); d < new Date('2027-01-01'); d = new Date(d.getTime() + 86_400_000)) {
      const day = d.toISOString().slice(0, 10)
      expect([day, page(day)]).toEqual([day, isWorkday(day)])
    }
  })
})

describe('overtime pay (劳动法 art. 44)', () => {
  it('When the monthly wage is 4,350 (200 a day, 25 an hour), then 10 + 8 + 8 hours pay 375 + 400 + 600', () => {
    const out = overtimePay({ monthlyWage: 4350, weekdayHours: 10, restDayHours: 8, holidayHours: 8 })
    expect(out.amount).toBe(1375)
    expect(out.lines.map((l) => l.amount)).toEqual([25, 375, 400, 600, 1375])
    expect(out.lines[1].basis).toContain('第四十四条')
  })
  it('When the hourly wage has many decimals, then the total is rounded once, half-up, to the fen', () => {
    // 5000 ÷ 174 × 1.5 × 10 = 431.034… ; 2300 ÷ 174 × 3 × 0.5 = 19.827… → 19.83
    expect(overtimePay({ monthlyWage: 5000, weekdayHours: 10, restDayHours: 0, holidayHours: 0 }).amount).toBe(431.03)
    expect(overtimePay({ monthlyWage: 2300, weekdayHours: 0, restDayHours: 0, holidayHours: 0.5 }).amount).toBe(19.83)
  })
})

describe('double wages without a written contract (劳动合同法 art. 82)', () => {
  it.each([
    ['never signed, four whole months by asOf', { startDate: '2026-01-15', asOf: '2026-06-14' }, 20000],
    ['signed after half of the second month: 14 of 28 days', { startDate: '2026-01-15', signedDate: '2026-03-01', asOf: '2026-06-01' }, 2500],
    ['signed within the first month: nothing', { startDate: '2026-01-15', signedDate: '2026-02-10', asOf: '2026-06-01' }, 0],
    ['never signed for over a year: at most 11 months', { startDate: '2025-01-15', asOf: '2026-06-01' }, 55000],
    ['signed on the first day of the extra period: nothing', { startDate: '2026-01-15', signedDate: '2026-02-15', asOf: '2026-06-01' }, 0],
  ])('%s', (_what, input, amount) => {
    expect(noContractPay({ monthlyWage: 5000, ...input }).amount).toBe(amount)
  })
})

describe('economic compensation N, N+1, 2N (劳动合同法 art. 47, 40, 87)', () => {
  const base = { monthlyWage: 8000, localAverageMonthlyWage: 7000 }
  it.each([
    ['6 years and 6½ months: 7 years', { startDate: '2020-03-01', endDate: '2026-09-15', variant: 'N' }, 56000],
    ['the same with no notice: N+1', { startDate: '2020-03-01', endDate: '2026-09-15', variant: 'N+1' }, 64000],
    ['the same, unlawful termination: 2N', { startDate: '2020-03-01', endDate: '2026-09-15', variant: '2N' }, 112000],
    ['6 years and 2 months: 6.5 years', { startDate: '2020-03-01', endDate: '2026-05-01', variant: 'N' }, 52000],
    ['exactly 5 years: 5', { startDate: '2020-03-01', endDate: '2025-03-01', variant: 'N' }, 40000],
    ['3 weeks: half a month', { startDate: '2026-03-01', endDate: '2026-03-22', variant: 'N' }, 4000],
  ])('%s', (_what, input, amount) => {
    expect(compensation({ ...base, ...input } as never).amount).toBe(amount)
  })
  it('When the wage is over 3× the local average, then the base is 3× the average and at most 12 years count', () => {
    const out = compensation({ monthlyWage: 30000, localAverageMonthlyWage: 8000, startDate: '2008-01-01', endDate: '2025-06-30', variant: 'N' })
    expect(out.amount).toBe(288000)
    expect(out.lines[0].label).toContain('最多计 12 年')
    expect(out.warnings).toEqual([])
  })
  it('When service began before 2008, then the result says that part is not handled', () => {
    expect(compensation({ ...base, startDate: '2006-05-01', endDate: '2026-05-01', variant: 'N' }).warnings[0]).toContain('2008 年以前')
  })
})
