/**
 * The working-day calendar the functions use: official package data, with every year an administrator
 * loaded replacing the package's data for that year (a correction, or a year the package does not have yet).
 */
import { createWorkCalendar, mergeCalendarData, type WorkCalendar } from '../domain/calendar'
import type { Store } from '../store/port'
import { officialCalendarData } from './official'

let cached: { signature: string; calendar: WorkCalendar } | null = null

export async function loadCalendar(store: Pick<Store, 'calendar'>): Promise<WorkCalendar> {
  const years = await store.calendar.listYears()
  // Rebuilding the day sets costs more than the store read: reuse them until an administrator changes a year.
  const signature = JSON.stringify(years.map((y) => [y.year, y.holidays, y.workdays]))
  if (cached?.signature !== signature) {
    cached = { signature, calendar: createWorkCalendar(mergeCalendarData(officialCalendarData(), years)) }
  }
  return cached.calendar
}
