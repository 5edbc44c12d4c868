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
import { AID_DECIDE_WORKDAYS, AID_MATERIAL_WORKDAYS } from '../../../../types/legal-labels'
import { daysBetween } from '../../../../types/legal/days'
import type { Org } from '../../../../types/directory'
import type { WorkCalendar } from '../calendar'
import { nearestHolder } from '../escalation-ladder'
import { mayHoldLegal } from './routing'
import { shanghaiDay } from '../../runtime/time'

export { meansTest, type MeansTestInput } from '../../../../types/legal/means-test'

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

export type AidClockState = {
  status: 'pending' | 'awaiting_material' | 'granted' | 'refused' | 'withdrawn'
  assignedOrgId: string
  escalateAt: string | null
  urgent: boolean
}
export type AidSweepStep =
  | { kind: 'withdraw' }
  /** Up the ladder with a fresh decide-by (the next federation decides). */
  | { kind: 'escalate'; to: Org; decideBy: string }
  /** At the top: flagged overdue; it stays. */
  | { kind: 'overdue' }

/**
 * What the sweep does with an application past its key: a lapsed material request → withdrawn; a missed
 * decide-by → the nearest federation above (`chain`: the holder's path orgs, root first), or overdue at the top.
 */
export function sweepAid(a: AidClockState, chain: readonly Org[], now: Date, calendar: WorkCalendar): AidSweepStep | null {
  if (a.escalateAt === null || new Date(a.escalateAt).getTime() > now.getTime()) return null
  if (a.status === 'awaiting_material') return { kind: 'withdraw' }
  if (a.status !== 'pending') return null
  const to = nearestHolder(chain, mayHoldLegal)
  return to ? { kind: 'escalate', to, decideBy: decideBy(now, a.urgent, calendar).at } : { kind: 'overdue' }
}
