/**
 * The service promise, on the Asia/Shanghai clock:
 * - accept by the end (24:00) of the 2nd working day after the day the case reached its current org;
 *   urgent cases 4 clock hours after reaching it;
 * - resolve by the end of the 15th calendar day after the day of acceptance, extended by the time spent
 *   waiting for the worker's information (the clock pauses while the case is `awaiting_info`).
 */
import {
  ACCEPT_WORKDAYS,
  REOPEN_CALENDAR_DAYS,
  RESOLVE_CALENDAR_DAYS,
  URGENT_ACCEPT_HOURS,
} from '../../../../types/grievance'
import type { Deadline, WorkCalendar } from '../calendar'
import { parseIso, toIso } from '../../runtime/time'
import type { CaseState } from './case'

const HOUR_MS = 3_600_000

function instant(iso: string): number {
  const d = parseIso(iso)
  if (!d) throw new RangeError(`not an ISO instant: ${iso}`)
  return d.getTime()
}

export function acceptDeadline(reachedAt: Date, urgent: boolean, calendar: WorkCalendar): Deadline {
  if (urgent) return { at: toIso(new Date(reachedAt.getTime() + URGENT_ACCEPT_HOURS * HOUR_MS)), estimated: false }
  return calendar.endOfNthWorkdayAfter(reachedAt, ACCEPT_WORKDAYS)
}

/** `pausedMs` is whole pauses so far; rounded up to the second so the deadline is never earlier than owed. */
export function resolveDeadline(acceptedAt: Date, pausedMs: number, calendar: WorkCalendar): Deadline {
  if (!Number.isFinite(pausedMs) || pausedMs < 0) throw new RangeError(`paused time must be ≥ 0 ms, got ${pausedMs}`)
  const base = calendar.endOfCalendarDayAfter(acceptedAt, RESOLVE_CALENDAR_DAYS)
  const extension = Math.ceil(pausedMs / 1000) * 1000
  return { at: toIso(new Date(instant(base.at) + extension)), estimated: base.estimated }
}

type Clock = Pick<CaseState, 'acceptedAt' | 'resolveBy' | 'pausedMs' | 'pausedSince'>

/** The org accepts: the resolve clock starts and the sweep key moves from escalation to supervision. */
export function acceptClock(now: Date, calendar: WorkCalendar) {
  const deadline = resolveDeadline(now, 0, calendar)
  return {
    patch: {
      status: 'accepted' as const,
      acceptedAt: toIso(now),
      resolveBy: deadline.at,
      pausedMs: 0,
      pausedSince: null,
      overdue: false,
      escalateAt: null,
      superviseAt: deadline.at,
    },
    estimated: deadline.estimated,
  }
}

/** Waiting for the worker's information: the resolve clock stops, and nothing can become due. */
export function pauseClock(c: Clock, now: Date) {
  if (!c.acceptedAt) throw new Error('the resolve clock starts at acceptance: nothing to pause')
  if (c.pausedSince) throw new Error('the resolve clock is already paused')
  return { status: 'awaiting_info' as const, pausedSince: toIso(now), superviseAt: null }
}

/**
 * The worker answered: the wait joins the paused total and resolve-by moves out by as much (rounded up to the
 * second). Extends the current resolve-by, so it also holds after a reopen restarted the clock.
 */
export function resumeClock(c: Clock, now: Date) {
  if (!c.acceptedAt || !c.resolveBy || !c.pausedSince) throw new Error('the resolve clock is not paused')
  const waited = Math.ceil(Math.max(0, now.getTime() - instant(c.pausedSince)) / 1000) * 1000
  const resolveBy = toIso(new Date(instant(c.resolveBy) + waited))
  return { status: 'accepted' as const, pausedMs: c.pausedMs + waited, pausedSince: null, resolveBy, superviseAt: resolveBy }
}

/** Resolved or closed: both clocks stop. */
export function stopClocks() {
  return { pausedSince: null, escalateAt: null, superviseAt: null }
}

/** The worker reopens: the same org works on it again with a fresh 15-day resolve clock from now. */
export function reopenClock(now: Date, calendar: WorkCalendar) {
  const { patch, estimated } = acceptClock(now, calendar)
  const { status, resolveBy, pausedMs, pausedSince, superviseAt } = patch
  return { patch: { status, resolveBy, pausedMs, pausedSince, superviseAt, supervised: false, supervisorOrgId: null }, estimated }
}

type Due = Pick<CaseState, 'status' | 'acceptBy' | 'resolveBy' | 'pausedSince'>

/** Not accepted and its accept-by has ended (the deadline instant itself counts as late). */
export function isPastAcceptBy(c: Due, now: Date): boolean {
  return c.status === 'pending' && now.getTime() >= instant(c.acceptBy)
}

/** Accepted, not waiting for the worker, and its resolve-by has ended. A paused clock is never late. */
export function isPastResolveBy(c: Due, now: Date): boolean {
  return c.status === 'accepted' && !c.pausedSince && c.resolveBy !== null && now.getTime() >= instant(c.resolveBy)
}

export function isLate(c: Due, now: Date): boolean {
  return isPastAcceptBy(c, now) || isPastResolveBy(c, now)
}

/** A worker may reopen a resolved case until the end of the 15th calendar day after resolution. */
export function reopenDeadline(resolvedAt: Date, calendar: WorkCalendar): string {
  return calendar.endOfCalendarDayAfter(resolvedAt, REOPEN_CALENDAR_DAYS).at
}

/** Retaliation check-ins: 30 and 90 days after closure, same time of day. */
export function checkInTimes(closedAt: Date): string[] {
  return [30, 90].map((days) => toIso(new Date(closedAt.getTime() + days * 24 * HOUR_MS)))
}
