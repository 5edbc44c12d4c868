import { loadCalendar } from '../../cloudfunctions/_lib/calendar/load'
import type { CalendarStore, CalendarYear } from '../../cloudfunctions/_lib/store/port'

/** The calendar part of the store only: loadCalendar reads nothing else. */
function storeWith(initial: CalendarYear[]) {
  const years = new Map(initial.map((y) => [y.year, y]))
  const calendar: CalendarStore = {
    listYears: async () => [...years.values()].sort((a, b) => a.year - b.year),
    putYear: async (y) => void years.set(y.year, y),
  }
  return { calendar }
}
const by = { updatedAt: '2026-12-01T10:00:00+08:00', updatedBy: 'o-city-admin' }
const received = new Date('2026-12-30T10:00:00+08:00')

describe('loadCalendar', () => {
  it('When no administrator year is stored, then it is the package data and 2027 is estimated', async () => {
    const calendar = await loadCalendar(storeWith([]))
    expect(calendar.hasYear(2026)).toBe(true)
    expect(calendar.hasYear(2027)).toBe(false)
    expect(calendar.endOfNthWorkdayAfter(received, 5)).toEqual({ at: '2027-01-07T00:00:00+08:00', estimated: true })
  })

  it('When an administrator loads 2027, then the next load respects it and is exact', async () => {
    const store = storeWith([])
    await loadCalendar(store)
    await store.calendar.putYear({ year: 2027, holidays: ['2027-01-01'], workdays: [], ...by })
    const calendar = await loadCalendar(store)
    expect(calendar.endOfNthWorkdayAfter(received, 5)).toEqual({ at: '2027-01-08T00:00:00+08:00', estimated: false })
  })

  it('When an administrator corrects a year the package has, then the correction replaces that year', async () => {
    const store = storeWith([{ year: 2026, holidays: ['2026-10-08'], workdays: ['2026-10-10'], ...by }])
    const calendar = await loadCalendar(store)
    expect(calendar.isWorkday('2026-10-08')).toBe(false)
    expect(calendar.isWorkday('2026-10-01')).toBe(true)
    expect(calendar.isWorkday('2025-10-01')).toBe(false)
  })

  it('When nothing changed between loads, then the same calendar is reused', async () => {
    const store = storeWith([{ year: 2027, holidays: ['2027-01-01'], workdays: [], ...by }])
    expect(await loadCalendar(store)).toBe(await loadCalendar(store))
  })
})
