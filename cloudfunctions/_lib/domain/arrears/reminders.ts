/**
 * Reminders to filers with a month still unreported (pure): on its due day, and on the next working day (then
 * overdue). Each filer gets one per day and kind, counting its enterprises still missing.
 */
import type { Enterprise } from '../../../../types/directory'
import type { WorkCalendar } from '../calendar'
import { addMonths, dueDay } from './due'
import { filerOf } from './filer'

export type ReminderKind = 'due' | 'overdue'

/** The reminder `today` is for (the month before today's month), or null on any other day. */
export function reminderFor(today: string, calendar: WorkCalendar): { month: string; kind: ReminderKind } | null {
  const month = addMonths(today.slice(0, 7), -1)
  const due = dueDay(month, calendar).day
  if (today === due) return { month, kind: 'due' }
  if (today === calendar.nthWorkdayAfter(due, 1).day) return { month, kind: 'overdue' }
  return null
}

/** Filer org → how many of its enterprises have no report, for filers with any. */
export function missingByFiler(enterprises: readonly Enterprise[], reported: ReadonlySet<string>): Map<string, number> {
  const out = new Map<string, number>()
  for (const e of enterprises) if (!reported.has(e.id)) out.set(filerOf(e), (out.get(filerOf(e)) ?? 0) + 1)
  return out
}

export const reminderKey = (month: string, kind: ReminderKind, filerOrgId: string) => `${month}:${kind}:${filerOrgId}`
/** Set once a day's run has reminded every filer: later runs that day read one key and stop. */
export const reminderDoneKey = (month: string, kind: ReminderKind) => `${month}:${kind}:*`
