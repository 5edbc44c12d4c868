import { spawnSync } from 'node:child_process'
import { fromTables, officialCalendarData } from '../../cloudfunctions/_lib/calendar/official'
import { addCalendarDays, createWorkCalendar } from '../../cloudfunctions/_lib/domain/calendar'

const data = officialCalendarData()
const calendar = createWorkCalendar(data)

/**
 * The package's own functions serve as an independent oracle. They mix UTC and local time and answer wrongly
 * on a machine west of UTC, and jest cannot change TZ in-process: ask them in a child node in their home zone.
 */
function askPackage(fn: string, input: unknown = null): unknown {
  const script = `const c = require('chinese-days'); const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));
    process.stdout.write(JSON.stringify((${fn})(input)))`
  const child = spawnSync(process.execPath, ['-e', script], {
    input: JSON.stringify(input),
    env: { ...process.env, TZ: 'Asia/Shanghai' },
    encoding: 'utf8',
  })
  if (child.status !== 0) throw new Error(child.stderr)
  return JSON.parse(child.stdout)
}

describe('officialCalendarData', () => {
  it('When read from the package, then 2026 is present with its Spring Festival', () => {
    expect(data.years).toContain(2026)
    expect(data.holidays).toContain('2026-02-16')
    expect(data.workdays).toContain('2026-02-14')
    expect(calendar.isWorkday('2026-02-16')).toBe(false)
    expect(calendar.isWorkday('2026-02-14')).toBe(true)
  })

  it('When read from the package, then 2026 National Day is 1–7 Oct with 20 Sep and 10 Oct worked', () => {
    const off = Array.from({ length: 7 }, (_, i) => `2026-10-0${i + 1}`)
    off.forEach((day) => expect(calendar.isWorkday(day)).toBe(false))
    expect(calendar.isWorkday('2026-10-08')).toBe(true)
    expect(data.workdays).toEqual(expect.arrayContaining(['2026-09-20', '2026-10-10']))
  })

  it('When a year has no entries in the tables, then it is not listed even though the package calls its weekdays working', () => {
    const next = Math.max(...data.years) + 1
    expect(data.years).not.toContain(next)
    expect(askPackage('(next) => [c.isWorkday(`${next}-01-01`), c.isWorkday(`${next}-01-04`)]', next)).toContain(true)
    expect(data.years).not.toContain(2003)
    for (const year of data.years) expect(data.holidays.some((d) => d.startsWith(`${year}-`))).toBe(true)
  })

  it('derives the years from both tables', () => {
    const derived = fromTables({ holidays: { '2030-10-01': 'x' }, workdays: { '2031-01-04': 'y' } })
    expect(derived).toEqual({ years: [2030, 2031], holidays: ['2030-10-01'], workdays: ['2031-01-04'] })
  })

  it('is memoised', () => {
    expect(officialCalendarData()).toBe(data)
  })

  it('When compared day by day with the package, then every day of every listed year agrees', () => {
    const days = data.years.flatMap((year) => {
      const list: string[] = []
      for (let day = `${year}-01-01`; day.startsWith(`${year}-`); day = addCalendarDays(day, 1)) list.push(day)
      return list
    })
    const theirs = askPackage('(days) => days.map((d) => c.isWorkday(d))', days) as boolean[]
    expect(days.filter((day, i) => calendar.isWorkday(day) !== theirs[i])).toEqual([])
    expect(theirs.length).toBeGreaterThan(365 * 20)
  })

  it("When counting 1–15 working days from any day of the last two listed years, then it agrees with the package's findWorkday", () => {
    const last = Math.max(...data.years)
    const cases: [string, number][] = []
    for (let day = `${last - 1}-01-01`; day < `${last}-12-01`; day = addCalendarDays(day, 1)) {
      for (const n of [1, 2, 5, 15]) cases.push([day, n])
    }
    const theirs = askPackage('(cases) => cases.map(([d, n]) => c.findWorkday(n, d))', cases) as string[]
    const ours = cases.map(([day, n]) => calendar.nthWorkdayAfter(day, n))
    expect(cases.filter((_, i) => ours[i].day !== theirs[i] || ours[i].estimated)).toEqual([])
  })
})
