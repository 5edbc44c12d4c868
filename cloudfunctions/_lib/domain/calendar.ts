/**
 * Chinese working-day calendar (pure: no clock, no package data — the caller passes both in).
 *
 * A day is a working day iff (Mon–Fri and not an official holiday) or an official make-up working day (调休).
 * Years without official data fall back to weekends-only, and every answer that relied on such a year says
 * `estimated: true`, so a deadline is never silently wrong.
 *
 * Days are `YYYY-MM-DD` Asia/Shanghai calendar days. Internally a day is an integer (days since 1970-01-01),
 * so counting never touches the machine's time zone and the hourly sweep stays cheap.
 */
import { shanghaiDay, startOfShanghaiDay, toIso } from '../runtime/time'

export type CalendarData = {
  /** Years for which official holiday/make-up data exists (package data or administrator-loaded). */
  years: number[]
  /** YYYY-MM-DD official days off. Weekend days may be listed too (harmless: they are off anyway). */
  holidays: string[]
  /** YYYY-MM-DD weekend days that are worked (调休 make-up working days). */
  workdays: string[]
}

/** One year's official schedule, as an administrator loads it. */
export type CalendarYearData = { year: number; holidays: string[]; workdays: string[] }

export type Deadline = {
  /** The instant the deadline ends, ISO-8601 +08:00 (end of day D = `D+1T00:00:00+08:00`). */
  at: string
  /** True when any day counted falls in a year without official data (weekends-only estimate). */
  estimated: boolean
}

export type CountedDay = { day: string; estimated: boolean }

export interface WorkCalendar {
  isWorkday(day: string): boolean
  /** Whether `year` has official data. */
  hasYear(year: number): boolean
  /** The n-th (n ≥ 1) working day strictly after `day`. */
  nthWorkdayAfter(day: string, n: number): CountedDay
  /** The end (24:00) of the n-th (n ≥ 1) working day after the Shanghai day containing `from`. */
  endOfNthWorkdayAfter(from: Date, n: number): Deadline
  /** The end (24:00) of the n-th (n ≥ 0) calendar day after the Shanghai day containing `from`. */
  endOfCalendarDayAfter(from: Date, n: number): Deadline
  /** Working days in (`after`, `through`]: 0 when `through` ≤ `after`. For "还剩 N 个工作日". */
  countWorkdays(after: string, through: string): { count: number; estimated: boolean }
}

const MS_PER_DAY = 86_400_000
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/
/** No official schedule has a run of days off this long: a longer run means broken data. */
const MAX_DAYS_OFF_IN_A_ROW = 366

/** Days since 1970-01-01 of a `YYYY-MM-DD` day; throws on a malformed or non-existent date. */
export function dayNumber(day: string): number {
  const m = DAY_PATTERN.exec(day)
  if (!m) throw new RangeError(`not a YYYY-MM-DD day: ${day}`)
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  const n = ms / MS_PER_DAY
  if (dayString(n) !== day) throw new RangeError(`no such day: ${day}`)
  return n
}

export function dayString(n: number): string {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10)
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
function weekdayOfNumber(n: number): number {
  return (((n + 4) % 7) + 7) % 7
}

export function weekdayOf(day: string): number {
  return weekdayOfNumber(dayNumber(day))
}

export function addCalendarDays(day: string, n: number): string {
  return dayString(dayNumber(day) + n)
}

/** The instant day D ends (24:00 Shanghai), written as `D+1T00:00:00+08:00`. */
export function endOfDay(day: string): string {
  return toIso(startOfShanghaiDay(addCalendarDays(day, 1)))
}

/** Official data with whole years replaced by administrator-loaded ones (an administrator year wins). */
export function mergeCalendarData(base: CalendarData, overrides: readonly CalendarYearData[]): CalendarData {
  const replaced = new Set(overrides.map((o) => o.year))
  const keep = (day: string) => !replaced.has(Number(day.slice(0, 4)))
  const inYear = (year: number) => (day: string) => day.startsWith(`${year}-`)
  return {
    years: [...new Set([...base.years, ...replaced])].sort((a, b) => a - b),
    holidays: [...base.holidays.filter(keep), ...overrides.flatMap((o) => o.holidays.filter(inYear(o.year)))],
    workdays: [...base.workdays.filter(keep), ...overrides.flatMap((o) => o.workdays.filter(inYear(o.year)))],
  }
}

export function createWorkCalendar(data: CalendarData): WorkCalendar {
  const years = new Set(data.years)
  const holidays = new Set(data.holidays.map(dayNumber))
  const workdays = new Set(data.workdays.map(dayNumber))
  const yearOf = (n: number) => new Date(n * MS_PER_DAY).getUTCFullYear()
  const isWeekend = (n: number) => weekdayOfNumber(n) === 0 || weekdayOfNumber(n) === 6
  const works = (n: number) => workdays.has(n) || (!isWeekend(n) && !holidays.has(n))
  // The sweep asks the same (start day, n) for many cases: remember answers, bounded.
  const memo = new Map<string, { day: number; estimated: boolean }>()

  function nth(start: number, n: number): { day: number; estimated: boolean } {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`working-day count must be an integer ≥ 1, got ${n}`)
    const key = `${start}:${n}`
    const known = memo.get(key)
    if (known) return known
    let day = start
    let lastFound = start
    let estimated = false
    for (let found = 0; found < n; ) {
      day += 1
      if (day - lastFound > MAX_DAYS_OFF_IN_A_ROW) throw new Error(`no working day for a year after ${dayString(lastFound)}`)
      if (!years.has(yearOf(day))) estimated = true
      if (works(day)) {
        found += 1
        lastFound = day
      }
    }
    if (memo.size >= 10_000) memo.clear()
    const answer = { day, estimated }
    memo.set(key, answer)
    return answer
  }

  return {
    isWorkday: (day) => works(dayNumber(day)),
    hasYear: (year) => years.has(year),
    nthWorkdayAfter(day, n) {
      const r = nth(dayNumber(day), n)
      return { day: dayString(r.day), estimated: r.estimated }
    },
    endOfNthWorkdayAfter(from, n) {
      const r = nth(dayNumber(shanghaiDay(from)), n)
      return { at: endOfDay(dayString(r.day)), estimated: r.estimated }
    },
    endOfCalendarDayAfter(from, n) {
      if (!Number.isInteger(n) || n < 0) throw new RangeError(`calendar-day count must be an integer ≥ 0, got ${n}`)
      return { at: endOfDay(addCalendarDays(shanghaiDay(from), n)), estimated: false }
    },
    countWorkdays(after, through) {
      const end = dayNumber(through)
      let count = 0
      let estimated = false
      for (let day = dayNumber(after) + 1; day <= end; day++) {
        if (!years.has(yearOf(day))) estimated = true
        if (works(day)) count += 1
      }
      return { count, estimated }
    },
  }
}
