/**
 * Union legal aid (issue 11 §5): the means test and the decide-by clock, pure.
 * - Means test: `exempt` for a migrant worker claiming wages or work-injury compensation (法律援助法 art. 42)
 *   or a worker on the union's hardship register; else `passed` when income ≤ the city's threshold; else `failed`
 *   (still filed: the union decides and may grant anyway).
 * - Decide-by: the end of the 7th working day after the day of receipt; urgent (limitation deadline fewer than 7
 *   days away, art. 44) → the end of the next working day. A material request pauses the clock; the worker's
 *   supply resumes it with the working days that were left (at least one); no supply within 15 working days →
 *   withdrawn.
 */
import type { LegalCategory, MeansTest } from '../../../../types/legal-labels'
import { AID_DECIDE_WORKDAYS, AID_MATERIAL_WORKDAYS } from '../../../../types/legal-labels'
import { daysBetween } from '../../../../types/legal/days'
import type { WorkCalendar } from '../calendar'
import { shanghaiDay } from '../../runtime/time'

export type MeansTestInput = { category: LegalCategory; migrantWorker: boolean; hardship: boolean; householdIncomePerPerson: number }

export function meansTest(i: MeansTestInput, aidIncomeThreshold: number): MeansTest {
  if (i.hardship) return 'exempt'
  if (i.migrantWorker && (i.category === 'wage' || i.category === 'injury')) return 'exempt'
  return i.householdIncomePerPerson <= aidIncomeThreshold ? 'passed' : 'failed'
}

const URGENT_DAYS = 7

/** Urgent when the limitation deadline is fewer than 7 calendar days away (and not past). */
export function isUrgent(limitationDeadline: string | null | undefined, now: Date): boolean {
  if (!limitationDeadline) return false
  const left = daysBetween(shanghaiDay(now), limitationDeadline)
  return left >= 0 && left < URGENT_DAYS
}

export function decideBy(received: Date, urgent: boolean, calendar: WorkCalendar): { at: string; estimated: boolean } {
  return calendar.endOfNthWorkdayAfter(received, urgent ? 1 : AID_DECIDE_WORKDAYS)
}

/** Working days left on a running clock at `now` (the day of `now` not counted; at least 1). */
export function workdaysLeft(decideByIso: string, now: Date, calendar: WorkCalendar): number {
  // decideBy is the end (24:00) of its day, written as the next day's 00:00: its working day is the day before.
  const lastDay = shanghaiDay(new Date(new Date(decideByIso).getTime() - 1))
  return Math.max(1, calendar.countWorkdays(shanghaiDay(now), lastDay).count)
}

export function pauseClock(decideByIso: string, now: Date, calendar: WorkCalendar) {
  return {
    pausedWorkdaysLeft: workdaysLeft(decideByIso, now, calendar),
    withdrawBy: calendar.endOfNthWorkdayAfter(now, AID_MATERIAL_WORKDAYS).at,
  }
}

export function resumeClock(pausedWorkdaysLeft: number, now: Date, calendar: WorkCalendar): string {
  return calendar.endOfNthWorkdayAfter(now, Math.max(1, pausedWorkdaysLeft)).at
}
