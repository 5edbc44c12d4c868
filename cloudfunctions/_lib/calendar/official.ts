/**
 * Official holidays and make-up working days from the `chinese-days` package (State Council schedules).
 *
 * Read from the package's raw tables, not its `isWorkday`: that function answers "working day" for any
 * weekday of a year it knows nothing about, which would hide a missing year. The years with data are the
 * years that appear in the tables.
 */
import type { CalendarData } from '../domain/calendar'

type RawTables = { holidays: Record<string, string>; workdays: Record<string, string> }

let memo: CalendarData | null = null

/**
 * Loaded on first use: most actions never compute a deadline, and the 43 KB table would otherwise be
 * evaluated on every cold start of every function.
 */
export function officialCalendarData(): CalendarData {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  if (!memo) memo = fromTables(require('chinese-days/dist/chinese-days.json') as RawTables)
  return memo
}

export function fromTables(tables: RawTables): CalendarData {
  const holidays = Object.keys(tables.holidays).sort()
  const workdays = Object.keys(tables.workdays).sort()
  const years = new Set([...holidays, ...workdays].map((day) => Number(day.slice(0, 4))))
  return { years: [...years].sort((a, b) => a - b), holidays, workdays }
}
