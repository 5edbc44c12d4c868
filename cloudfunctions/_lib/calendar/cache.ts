import type { WorkCalendar } from '../domain/calendar'
import type { Store } from '../store/port'
import { loadCalendar } from './load'

/**
 * The calendar changes a few times a year (an administrator loads next year's holidays), so each
 * container keeps it for a few minutes instead of reading it on every deadline computation.
 */
export function loadCalendarCached(store: Store, ttlMs = 5 * 60_000, clock: () => number = Date.now): () => Promise<WorkCalendar> {
  let cached: { at: number; value: Promise<WorkCalendar> } | undefined
  return () => {
    const now = clock()
    if (!cached || now - cached.at > ttlMs) {
      const value = loadCalendar(store)
      cached = { at: now, value }
      value.catch(() => (cached = undefined))
    }
    return cached.value
  }
}
