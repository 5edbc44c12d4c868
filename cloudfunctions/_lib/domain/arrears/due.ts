/**
 * When a month's zero-report is due, and which months may be filed (pure: the clock and the calendar are passed in).
 * Due: the end (24:00) of the 5th working day of the following month, on the working-day calendar.
 */
import type { ArrearsErrorCode } from '../../../../types/arrears-labels'
import { shanghaiDay } from '../../runtime/time'
import { addCalendarDays, endOfDay, type Deadline, type WorkCalendar } from '../calendar'

export const DUE_WORKDAY = 5
/** How far back a report may still be filed (a late report for last year's month still helps). */
export const MAX_MONTHS_BACK = 12

/** `2026-02` → 2026 * 12 + 1: months as integers, so distances are subtraction. */
const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1
const monthOfIndex = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`

export const addMonths = (month: string, n: number) => monthOfIndex(monthIndex(month) + n)

/** The Shanghai calendar month of an instant. */
export const monthOf = (now: Date) => shanghaiDay(now).slice(0, 7)

/** The day the report is due: the 5th working day after the month's last day. */
export function dueDay(month: string, calendar: WorkCalendar): { day: string; estimated: boolean } {
  const lastDay = addCalendarDays(`${addMonths(month, 1)}-01`, -1)
  return calendar.nthWorkdayAfter(lastDay, DUE_WORKDAY)
}

export function dueByOf(month: string, calendar: WorkCalendar): Deadline {
  const { day, estimated } = dueDay(month, calendar)
  return { at: endOfDay(day), estimated }
}

/** Why `month` cannot be filed at `now`, or null: it must have ended and be at most 12 months back. */
export function fileRefusal(month: string, now: Date): ArrearsErrorCode | null {
  const back = monthIndex(monthOf(now)) - monthIndex(month)
  if (back < 1) return 'ARREARS.MONTH_NOT_ENDED'
  if (back > MAX_MONTHS_BACK) return 'ARREARS.MONTH_TOO_OLD'
  return null
}

/** A board may show the running month too (everything is still 未报 then), never a future one. */
export function boardRefusal(month: string, now: Date): ArrearsErrorCode | null {
  const back = monthIndex(monthOf(now)) - monthIndex(month)
  if (back < 0) return 'ARREARS.MONTH_NOT_ENDED'
  if (back > MAX_MONTHS_BACK) return 'ARREARS.MONTH_TOO_OLD'
  return null
}
