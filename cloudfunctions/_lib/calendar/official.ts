/**
 * Official holidays and make-up working days from the `chinese-days` package (State Council schedules).
 *
 * Read from the package's raw tables, not its `isWorkday`: that function answers "working day" for any
 * weekday of a year it knows nothing about, which would hide a missing year. The years with data are the
 * years that appear in the tables.
 */
import raw from 'chinese-days/dist/chinese-days.json'
import type { CalendarData } from '../domain/calendar'

type RawTables = { holidays: Record<string, string>; workdays: Record<string, string> }

let memo: CalendarData | null = null

export function officialCalendarData(): CalendarData {
  if (!memo) memo = fromTables(raw as RawTables)
  return memo
}

export function fromTables(tables: RawTables): CalendarData {
  const holidays = Object.keys(tables.holidays).sort()
  const workdays = Object.keys(tables.workdays).sort()
  const years = new Set([...holidays, ...workdays].map((day) => Number(day.slice(0, 4))))
  return { years: [...years].sort((a, b) => a - b), holidays, workdays }
}
