/** When a zero-report is due, which months may be filed, the winter campaign, and the reminder days (pure, table-tested). */
import { createWorkCalendar } from '../../../cloudfunctions/_lib/domain/calendar'
import { officialCalendarData } from '../../../cloudfunctions/_lib/calendar/official'
import { boardRefusal, dueByOf, fileRefusal } from '../../../cloudfunctions/_lib/domain/arrears/due'
import { SPRING_FESTIVAL, winterCampaign } from '../../../cloudfunctions/_lib/domain/arrears/spring-festival'
import { missingByFiler, reminderFor } from '../../../cloudfunctions/_lib/domain/arrears/reminders'
import { enterprise } from '../../support/factories'

const calendar = createWorkCalendar(officialCalendarData())
const at = (iso: string) => new Date(iso)

describe('dueByOf: the end of the 5th working day of the following month', () => {
  it.each([
    // March 2026 starts on a Sunday: 2, 3, 4, 5, 6.
    ['2026-02', '2026-03-07T00:00:00+08:00'],
    // February 2026: the Spring Festival holiday (15–23 Feb) and the make-up Saturday 14 Feb do not fall in 2–6 Feb.
    ['2026-01', '2026-02-07T00:00:00+08:00'],
    // October 2026: 1–7 off; 8, 9, Saturday 10 (make-up working day), 12, 13.
    ['2026-09', '2026-10-14T00:00:00+08:00'],
    // May 2026: 1–5 off (Labour Day); 6, 7, 8, Saturday 9 (make-up), 11.
    ['2026-04', '2026-05-12T00:00:00+08:00'],
    // Across the year end.
    ['2025-12', '2026-01-09T00:00:00+08:00'],
  ])('When the month is %s, then the report is due by %s', (month, expected) => {
    expect(dueByOf(month, calendar)).toEqual({ at: expected, estimated: false })
  })

  it('When the following month is in a year without official data, then the due time says it is estimated', () => {
    expect(dueByOf('2099-11', calendar).estimated).toBe(true)
  })
})

describe('which months may be filed or shown', () => {
  const now = at('2026-03-10T10:00:00+08:00')
  it.each([
    ['2026-03', 'ARREARS.MONTH_NOT_ENDED'],
    ['2026-04', 'ARREARS.MONTH_NOT_ENDED'],
    ['2026-02', null],
    ['2025-03', null],
    ['2025-02', 'ARREARS.MONTH_TOO_OLD'],
  ])('When %s is filed on 10 March 2026, then the refusal is %s', (month, refusal) => {
    expect(fileRefusal(month, now)).toBe(refusal)
  })

  it('When the month has just ended (00:30 on the 1st, Shanghai), then it may be filed', () => {
    expect(fileRefusal('2026-02', at('2026-03-01T00:30:00+08:00'))).toBeNull()
    expect(fileRefusal('2026-02', at('2026-02-28T23:59:00+08:00'))).toBe('ARREARS.MONTH_NOT_ENDED')
  })

  it('When a board is asked for, then the running month may be shown, a future one not', () => {
    expect(boardRefusal('2026-03', now)).toBeNull()
    expect(boardRefusal('2026-04', now)).toBe('ARREARS.MONTH_NOT_ENDED')
    expect(boardRefusal('2025-02', now)).toBe('ARREARS.MONTH_TOO_OLD')
  })
})

describe('winterCampaign: the two reporting months before the Spring Festival', () => {
  it.each([
    [2025, ['2024-11', '2024-12']],
    [2026, ['2025-12', '2026-01']],
    [2027, ['2026-12', '2027-01']],
    [2028, ['2027-11', '2027-12']],
    [2029, ['2028-12', '2029-01']],
    [2030, ['2029-12', '2030-01']],
  ])('When the festival of %s is looked up, then exactly %j are highlighted', (year, months) => {
    const festival = SPRING_FESTIVAL[year]
    const start = Number(months[0].slice(0, 4))
    const all = [start - 0, start + 1].flatMap((y) => Array.from({ length: 12 }, (_, i) => `${y}-${String(i + 1).padStart(2, '0')}`))
    const highlighted = all.filter((m) => winterCampaign(m)?.festival === festival)
    expect(highlighted).toEqual(months)
  })

  it('When a month is far from any festival, then nothing is highlighted', () => {
    expect(winterCampaign('2026-06')).toBeNull()
    expect(winterCampaign('2026-02')).toBeNull()
  })
})

describe('reminder days', () => {
  it.each([
    ['2026-03-06', { month: '2026-02', kind: 'due' }],
    // Friday's next working day is Monday.
    ['2026-03-09', { month: '2026-02', kind: 'overdue' }],
    ['2026-03-07', null],
    ['2026-03-05', null],
    ['2026-10-13', { month: '2026-09', kind: 'due' }],
    ['2026-10-14', { month: '2026-09', kind: 'overdue' }],
  ])('When today is %s, then the reminder is %j', (today, expected) => {
    expect(reminderFor(today, calendar)).toEqual(expected)
  })

  it('When enterprises are counted per filer, then each goes to its union, else its joint union, else its town', () => {
    const es = [
      enterprise({ id: 'a', unionId: 'eu-a', jointUnionId: null, townId: 't' }),
      enterprise({ id: 'b', unionId: null, jointUnionId: 'ju', townId: 't' }),
      enterprise({ id: 'c', unionId: null, jointUnionId: 'ju', townId: 't' }),
      enterprise({ id: 'd', unionId: null, jointUnionId: null, townId: 't' }),
      enterprise({ id: 'e', unionId: 'eu-e', jointUnionId: 'ju', townId: 't' }),
    ]
    expect(Object.fromEntries(missingByFiler(es, new Set(['c'])))).toEqual({ 'eu-a': 1, ju: 1, t: 1, 'eu-e': 1 })
  })
})
