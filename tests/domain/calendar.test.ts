import { spawnSync } from 'node:child_process'
import {
  addCalendarDays,
  createWorkCalendar,
  endOfDay,
  mergeCalendarData,
  weekdayOf,
  type CalendarData,
} from '../../cloudfunctions/_lib/domain/calendar'
import { officialCalendarData } from '../../cloudfunctions/_lib/calendar/official'

const official = officialCalendarData()
const calendar = createWorkCalendar(official)
const at = (iso: string) => new Date(iso)
/** A hypothetical 2027 schedule, as an administrator would load it (the package has no 2027 data yet). */
const admin2027 = { year: 2027, holidays: ['2027-01-01', '2027-01-02', '2027-01-03'], workdays: [] }

describe('day helpers', () => {
  it('adds calendar days across month, year and leap-day boundaries', () => {
    expect(addCalendarDays('2026-02-28', 1)).toBe('2026-03-01')
    expect(addCalendarDays('2028-02-28', 1)).toBe('2028-02-29')
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addCalendarDays('2026-03-01', -1)).toBe('2026-02-28')
  })

  it('knows weekdays (0 = Sunday)', () => {
    expect(weekdayOf('2026-03-10')).toBe(2)
    expect(weekdayOf('2026-02-14')).toBe(6)
    expect(weekdayOf('1969-12-31')).toBe(3)
  })

  it('writes the end of day D as the start of D+1 in +08:00', () => {
    expect(endOfDay('2026-03-12')).toBe('2026-03-13T00:00:00+08:00')
    expect(endOfDay('2026-12-31')).toBe('2027-01-01T00:00:00+08:00')
  })

  it('rejects malformed and non-existent days', () => {
    expect(() => addCalendarDays('2026-02-30', 1)).toThrow(RangeError)
    expect(() => calendar.isWorkday('2026/03/10')).toThrow(RangeError)
  })
})

describe('isWorkday and hasYear', () => {
  it('When a weekday is an official holiday, then it is not a working day', () => {
    expect(calendar.isWorkday('2026-02-16')).toBe(false)
    expect(calendar.isWorkday('2026-10-01')).toBe(false)
  })

  it('When a weekend day is a make-up day, then it is a working day', () => {
    expect(calendar.isWorkday('2026-02-14')).toBe(true)
    expect(calendar.isWorkday('2026-02-28')).toBe(true)
    expect(calendar.isWorkday('2026-09-20')).toBe(true)
    expect(calendar.isWorkday('2026-10-10')).toBe(true)
  })

  it('When a day is ordinary, then weekdays work and weekends do not', () => {
    expect(calendar.isWorkday('2026-03-10')).toBe(true)
    expect(calendar.isWorkday('2026-03-14')).toBe(false)
    expect(calendar.isWorkday('2026-03-15')).toBe(false)
  })

  it('When a year has no official data, then it falls back to weekends only and says so', () => {
    expect(calendar.hasYear(2026)).toBe(true)
    expect(calendar.hasYear(2027)).toBe(false)
    expect(calendar.isWorkday('2027-01-01')).toBe(true)
    expect(calendar.isWorkday('2027-01-02')).toBe(false)
  })
})

describe('endOfNthWorkdayAfter', () => {
  it('When received on a Tuesday with 2 working days, then it ends at Thursday 24:00', () => {
    expect(calendar.endOfNthWorkdayAfter(at('2026-03-10T10:00:00+08:00'), 2)).toEqual({
      at: '2026-03-13T00:00:00+08:00',
      estimated: false,
    })
  })

  it('When received on a Friday evening, then the weekend is skipped', () => {
    expect(calendar.endOfNthWorkdayAfter(at('2026-03-13T18:00:00+08:00'), 2).at).toBe('2026-03-18T00:00:00+08:00')
  })

  it('When counting across the Spring Festival, then the worked Saturday counts and the holiday does not', () => {
    expect(calendar.endOfNthWorkdayAfter(at('2026-02-13T09:00:00+08:00'), 1).at).toBe('2026-02-15T00:00:00+08:00')
    expect(calendar.endOfNthWorkdayAfter(at('2026-02-13T09:00:00+08:00'), 2).at).toBe('2026-02-25T00:00:00+08:00')
  })

  it('When counting across National Day, then 1–7 Oct are off and 8 Oct and Sat 10 Oct are worked', () => {
    const eve = at('2026-09-30T12:00:00+08:00')
    expect(calendar.endOfNthWorkdayAfter(eve, 1).at).toBe('2026-10-09T00:00:00+08:00')
    expect(calendar.endOfNthWorkdayAfter(eve, 2).at).toBe('2026-10-10T00:00:00+08:00')
    expect(calendar.endOfNthWorkdayAfter(eve, 3).at).toBe('2026-10-11T00:00:00+08:00')
    expect(calendar.endOfNthWorkdayAfter(at('2026-09-18T12:00:00+08:00'), 1).at).toBe('2026-09-21T00:00:00+08:00')
  })

  it('When received late in the Shanghai evening (same UTC day), then it counts from the Shanghai day', () => {
    const late = at('2026-03-10T23:30:00+08:00')
    expect(late.toISOString()).toBe('2026-03-10T15:30:00.000Z')
    expect(calendar.endOfNthWorkdayAfter(late, 2).at).toBe('2026-03-13T00:00:00+08:00')
  })

  it('When received just after Shanghai midnight (previous UTC day), then it counts from the Shanghai day', () => {
    const early = at('2026-03-11T00:30:00+08:00')
    expect(early.toISOString()).toBe('2026-03-10T16:30:00.000Z')
    expect(calendar.endOfNthWorkdayAfter(early, 2).at).toBe('2026-03-14T00:00:00+08:00')
    expect(calendar.endOfNthWorkdayAfter(at('2026-03-10T00:00:00+08:00'), 2).at).toBe('2026-03-13T00:00:00+08:00')
  })

  it('When 15 working days span the Spring Festival, then both make-up Saturdays count', () => {
    expect(calendar.endOfNthWorkdayAfter(at('2026-02-10T10:00:00+08:00'), 15).at).toBe('2026-03-10T00:00:00+08:00')
  })

  it('When 15 working days span Mid-autumn and National Day, then the holidays are skipped', () => {
    expect(calendar.endOfNthWorkdayAfter(at('2026-09-15T10:00:00+08:00'), 15).at).toBe('2026-10-13T00:00:00+08:00')
  })

  it('When 15 working days fall in ordinary weeks, then it is three weeks later', () => {
    expect(calendar.endOfNthWorkdayAfter(at('2026-03-02T10:00:00+08:00'), 15)).toEqual({
      at: '2026-03-24T00:00:00+08:00',
      estimated: false,
    })
  })

  it('When the count reaches a year without data, then the deadline is estimated on weekends only', () => {
    // 31 Dec (Thu), then Fri 1 Jan 2027 counts as working because nothing says otherwise.
    expect(calendar.endOfNthWorkdayAfter(at('2026-12-30T10:00:00+08:00'), 5)).toEqual({
      at: '2027-01-07T00:00:00+08:00',
      estimated: true,
    })
  })

  it('When the count stays inside known years, then it is not estimated even late in December', () => {
    expect(calendar.endOfNthWorkdayAfter(at('2026-12-29T10:00:00+08:00'), 2)).toEqual({
      at: '2027-01-01T00:00:00+08:00',
      estimated: false,
    })
  })

  it('When an administrator has loaded the next year, then it is exact and its holidays are respected', () => {
    const extended = createWorkCalendar(mergeCalendarData(official, [admin2027]))
    expect(extended.hasYear(2027)).toBe(true)
    expect(extended.endOfNthWorkdayAfter(at('2026-12-30T10:00:00+08:00'), 5)).toEqual({
      at: '2027-01-08T00:00:00+08:00',
      estimated: false,
    })
  })

  it('When the count is not a positive integer, then it is a bug and throws', () => {
    expect(() => calendar.endOfNthWorkdayAfter(at('2026-03-10T10:00:00+08:00'), 0)).toThrow(RangeError)
    expect(() => calendar.endOfNthWorkdayAfter(at('2026-03-10T10:00:00+08:00'), 1.5)).toThrow(RangeError)
  })

  it('When the data marks every day off, then it throws instead of looping forever', () => {
    const holidays = Array.from({ length: 800 }, (_, i) => addCalendarDays('2026-01-01', i))
    const broken = createWorkCalendar({ years: [2026, 2027, 2028], holidays, workdays: [] })
    expect(() => broken.endOfNthWorkdayAfter(at('2026-01-01T10:00:00+08:00'), 1)).toThrow(/no working day/)
  })

  it('When the machine runs in another time zone, then the answers do not change', () => {
    // jest cannot change TZ in-process: compute in child nodes, west and east of UTC, across US DST changes.
    const cases: [string, number][] = [
      ['2026-03-11T00:30:00+08:00', 2],
      ['2026-02-13T23:59:00+08:00', 2],
      ['2026-03-06T20:00:00+08:00', 2],
      ['2026-10-30T23:30:00+08:00', 2],
    ]
    const script = `const { createWorkCalendar } = require('./cloudfunctions/_lib/domain/calendar.ts')
      const { officialCalendarData } = require('./cloudfunctions/_lib/calendar/official.ts')
      const calendar = createWorkCalendar(officialCalendarData())
      const cases = ${JSON.stringify(cases)}
      process.stdout.write(JSON.stringify(cases.map(([iso, n]) => calendar.endOfNthWorkdayAfter(new Date(iso), n).at)))`
    for (const tz of ['America/Los_Angeles', 'Pacific/Kiritimati']) {
      const child = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' })
      expect(child.stderr).toBe('')
      expect(JSON.parse(child.stdout)).toEqual([
        '2026-03-14T00:00:00+08:00',
        '2026-02-25T00:00:00+08:00',
        '2026-03-11T00:00:00+08:00',
        '2026-11-04T00:00:00+08:00',
      ])
    }
  })

  it('When asked again for the same start day, then the remembered answer is the same', () => {
    const first = calendar.endOfNthWorkdayAfter(at('2026-04-30T10:00:00+08:00'), 4)
    const again = calendar.endOfNthWorkdayAfter(at('2026-04-30T20:00:00+08:00'), 4)
    expect(again).toEqual(first)
    expect(first.at).toBe('2026-05-10T00:00:00+08:00') // 1–5 May off; Wed 6, Thu 7, Fri 8, Sat 9 (worked)
  })
})

describe('endOfCalendarDayAfter', () => {
  it('When counting calendar days, then holidays and weekends count like any day', () => {
    expect(calendar.endOfCalendarDayAfter(at('2026-03-10T23:30:00+08:00'), 15)).toEqual({
      at: '2026-03-26T00:00:00+08:00',
      estimated: false,
    })
    expect(calendar.endOfCalendarDayAfter(at('2026-12-20T08:00:00+08:00'), 15).at).toBe('2027-01-05T00:00:00+08:00')
  })

  it('When n is 0, then it is the end of the day received', () => {
    expect(calendar.endOfCalendarDayAfter(at('2026-03-11T00:30:00+08:00'), 0).at).toBe('2026-03-12T00:00:00+08:00')
  })
})

describe('nthWorkdayAfter and countWorkdays', () => {
  it('returns the day itself', () => {
    expect(calendar.nthWorkdayAfter('2026-02-13', 2)).toEqual({ day: '2026-02-24', estimated: false })
  })

  it('counts working days in (after, through]', () => {
    expect(calendar.countWorkdays('2026-02-13', '2026-02-24')).toEqual({ count: 2, estimated: false })
    expect(calendar.countWorkdays('2026-02-24', '2026-02-24')).toEqual({ count: 0, estimated: false })
    expect(calendar.countWorkdays('2026-03-01', '2026-02-01').count).toBe(0)
    expect(calendar.countWorkdays('2026-12-30', '2027-01-04')).toEqual({ count: 3, estimated: true })
  })
})

describe('mergeCalendarData', () => {
  const base: CalendarData = { years: [2026], holidays: ['2026-02-16', '2026-10-01'], workdays: ['2026-02-14'] }

  it('When an administrator loads a year the package has, then the whole year is replaced', () => {
    const merged = mergeCalendarData(base, [{ year: 2026, holidays: ['2026-10-08'], workdays: [] }])
    const cal = createWorkCalendar(merged)
    expect(cal.isWorkday('2026-10-08')).toBe(false)
    expect(cal.isWorkday('2026-02-16')).toBe(true)
    expect(cal.isWorkday('2026-02-14')).toBe(false)
    expect(merged.years).toEqual([2026])
  })

  it('When an administrator loads a new year, then other years keep the package data', () => {
    const merged = mergeCalendarData(base, [admin2027])
    expect(merged.years).toEqual([2026, 2027])
    expect(merged.holidays).toEqual(['2026-02-16', '2026-10-01', ...admin2027.holidays])
    expect(merged.workdays).toEqual(['2026-02-14'])
  })

  it('When an administrator year lists a day of another year, then that day is ignored', () => {
    const merged = mergeCalendarData(base, [{ year: 2027, holidays: ['2026-03-10', '2027-01-01'], workdays: [] }])
    expect(createWorkCalendar(merged).isWorkday('2026-03-10')).toBe(true)
  })
})
