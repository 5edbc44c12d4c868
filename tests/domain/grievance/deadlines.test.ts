import { createWorkCalendar } from '../../../cloudfunctions/_lib/domain/calendar'
import { officialCalendarData } from '../../../cloudfunctions/_lib/calendar/official'
import {
  acceptClock,
  acceptDeadline,
  checkInTimes,
  isLate,
  isPastAcceptBy,
  isPastResolveBy,
  pauseClock,
  reopenClock,
  stopClocks,
  reopenDeadline,
  resolveDeadline,
  resumeClock,
} from '../../../cloudfunctions/_lib/domain/grievance/deadlines'
import type { CaseState } from '../../../cloudfunctions/_lib/domain/grievance/case'
import { caseAt, sx } from './directory'

const calendar = createWorkCalendar(officialCalendarData())
const at = (iso: string) => new Date(iso)
const acceptBy = (iso: string, urgent = false) => acceptDeadline(at(iso), urgent, calendar)

describe('accept-by: end of the 2nd working day after the day the case arrived', () => {
  it.each([
    ['Tue 10:00 (the issue example)', '2026-03-10T10:00:00+08:00', '2026-03-13T00:00:00+08:00'],
    ['Fri 18:00 across a weekend (the issue example)', '2026-03-13T18:00:00+08:00', '2026-03-18T00:00:00+08:00'],
    ['Sat: Mon and Tue count', '2026-03-14T09:00:00+08:00', '2026-03-18T00:00:00+08:00'],
    ['Tue 23:59:59 is still Tuesday', '2026-03-10T23:59:59+08:00', '2026-03-13T00:00:00+08:00'],
    ['Wed 00:00 is Wednesday', '2026-03-11T00:00:00+08:00', '2026-03-14T00:00:00+08:00'],
    ['an instant written in UTC counts by its Shanghai day', '2026-03-10T16:30:00Z', '2026-03-14T00:00:00+08:00'],
  ])('%s', (_name, received, expected) => {
    expect(acceptBy(received)).toEqual({ at: expected, estimated: false })
  })

  it.each([
    // Spring Festival 2026: 15–23 Feb off; Sat 14 Feb and Sat 28 Feb are make-up working days.
    ['Thu 12 Feb: Fri 13, then make-up Sat 14', '2026-02-12T10:00:00+08:00', '2026-02-15T00:00:00+08:00'],
    ['Fri 13 Feb: make-up Sat 14, then Tue 24 after the holiday', '2026-02-13T10:00:00+08:00', '2026-02-25T00:00:00+08:00'],
    ['during the holiday (Wed 18 Feb): Tue 24 and Wed 25', '2026-02-18T10:00:00+08:00', '2026-02-26T00:00:00+08:00'],
    ['Thu 26 Feb: Fri 27, then make-up Sat 28', '2026-02-26T10:00:00+08:00', '2026-03-01T00:00:00+08:00'],
    // National Day 2026: 1–7 Oct off; Sun 20 Sep and Sat 10 Oct are make-up working days (Fri 25 Sep is Mid-Autumn).
    ['Fri 18 Sep: make-up Sun 20, then Mon 21', '2026-09-18T10:00:00+08:00', '2026-09-22T00:00:00+08:00'],
    ['Thu 24 Sep: Mid-Autumn Fri 25 off, weekend, Mon 28 and Tue 29', '2026-09-24T10:00:00+08:00', '2026-09-30T00:00:00+08:00'],
    ['Wed 30 Sep: the week off, then Thu 8 and Fri 9 Oct', '2026-09-30T10:00:00+08:00', '2026-10-10T00:00:00+08:00'],
    ['Thu 8 Oct: Fri 9, then make-up Sat 10', '2026-10-08T10:00:00+08:00', '2026-10-11T00:00:00+08:00'],
  ])('official holidays and make-up days: %s', (_name, received, expected) => {
    expect(acceptBy(received)).toEqual({ at: expected, estimated: false })
  })

  it('urgent: 4 clock hours after arrival, across midnight and holidays alike', () => {
    expect(acceptBy('2026-03-10T10:00:00+08:00', true)).toEqual({ at: '2026-03-10T14:00:00+08:00', estimated: false })
    expect(acceptBy('2026-02-17T22:30:00+08:00', true)).toEqual({ at: '2026-02-18T02:30:00+08:00', estimated: false })
  })

  it('is flagged estimated when it counts days in a year without official data', () => {
    expect(calendar.hasYear(2030)).toBe(false)
    expect(acceptBy('2030-03-12T10:00:00+08:00')).toEqual({ at: '2030-03-15T00:00:00+08:00', estimated: true })
  })

  it('is late from the deadline instant on, and only while pending', () => {
    const c = caseAt(sx, { acceptBy: '2026-03-13T00:00:00+08:00' })
    expect(isPastAcceptBy(c, at('2026-03-12T23:59:59.999+08:00'))).toBe(false)
    expect(isPastAcceptBy(c, at('2026-03-13T00:00:00+08:00'))).toBe(true)
    expect(isPastAcceptBy({ ...c, status: 'accepted' }, at('2026-03-20T00:00:00+08:00'))).toBe(false)
  })
})

describe('resolve-by: end of the 15th calendar day after acceptance, extended by waits for the worker', () => {
  it('counts calendar days, holidays included', () => {
    expect(resolveDeadline(at('2026-03-10T15:00:00+08:00'), 0, calendar)).toEqual({ at: '2026-03-26T00:00:00+08:00', estimated: false })
    expect(resolveDeadline(at('2026-09-30T09:00:00+08:00'), 0, calendar).at).toBe('2026-10-16T00:00:00+08:00')
  })

  it('adds paused time, rounded up to the second', () => {
    expect(resolveDeadline(at('2026-03-10T15:00:00+08:00'), 2 * 86_400_000 + 400, calendar).at).toBe('2026-03-28T00:00:01+08:00')
    expect(() => resolveDeadline(at('2026-03-10T15:00:00+08:00'), -1, calendar)).toThrow(RangeError)
  })

  it('accept → pause → resume twice: resolve-by moves by exactly the waits, and is never late while paused', () => {
    const accepted = acceptClock(at('2026-03-10T15:00:00+08:00'), calendar)
    expect(accepted.patch).toMatchObject({ status: 'accepted', resolveBy: '2026-03-26T00:00:00+08:00', superviseAt: '2026-03-26T00:00:00+08:00', escalateAt: null })
    let c: CaseState = { ...caseAt(sx), ...accepted.patch }

    c = { ...c, ...pauseClock(c, at('2026-03-12T09:00:00+08:00')) }
    expect(c).toMatchObject({ status: 'awaiting_info', pausedSince: '2026-03-12T09:00:00+08:00', superviseAt: null })
    expect(isPastResolveBy(c, at('2026-04-30T00:00:00+08:00'))).toBe(false)
    expect(() => pauseClock(c, at('2026-03-12T10:00:00+08:00'))).toThrow(/already paused/)

    c = { ...c, ...resumeClock(c, at('2026-03-14T09:00:00.400+08:00')) }
    expect(c).toMatchObject({ status: 'accepted', pausedMs: 172_801_000, pausedSince: null, resolveBy: '2026-03-28T00:00:01+08:00' })
    expect(c.superviseAt).toBe(c.resolveBy)

    c = { ...c, ...pauseClock(c, at('2026-03-20T12:00:00+08:00')) }
    c = { ...c, ...resumeClock(c, at('2026-03-20T18:00:00+08:00')) }
    expect(c.pausedMs).toBe(172_801_000 + 6 * 3_600_000)
    expect(c.resolveBy).toBe('2026-03-28T06:00:01+08:00')
    expect(c.resolveBy).toBe(resolveDeadline(at(c.acceptedAt!), c.pausedMs, calendar).at)
    expect(isPastResolveBy(c, at('2026-03-28T06:00:00+08:00'))).toBe(false)
    expect(isPastResolveBy(c, at('2026-03-28T06:00:01+08:00'))).toBe(true)
    expect(isLate(c, at('2026-03-28T06:00:01+08:00'))).toBe(true)

    c = { ...c, status: 'resolved', ...stopClocks() }
    expect(c).toMatchObject({ pausedSince: null, escalateAt: null, superviseAt: null })
    expect(isLate(c, at('2026-05-01T00:00:00+08:00'))).toBe(false)
  })

  it('refuses to pause before acceptance and to resume what is not paused', () => {
    expect(() => pauseClock(caseAt(sx), at('2026-03-10T15:00:00+08:00'))).toThrow(/starts at acceptance/)
    expect(() => resumeClock(caseAt(sx), at('2026-03-10T15:00:00+08:00'))).toThrow(/not paused/)
  })

  it('reopen restarts a 15-day clock from the reopening day and lifts supervision', () => {
    expect(reopenClock(at('2026-04-01T08:00:00+08:00'), calendar).patch).toEqual({
      status: 'accepted',
      resolveBy: '2026-04-17T00:00:00+08:00',
      pausedMs: 0,
      pausedSince: null,
      superviseAt: '2026-04-17T00:00:00+08:00',
      supervised: false,
      supervisorOrgId: null,
    })
  })

  it('a worker may reopen until the end of the 15th day after resolution; check-ins come 30 and 90 days after closure', () => {
    expect(reopenDeadline(at('2026-03-20T16:00:00+08:00'), calendar)).toBe('2026-04-05T00:00:00+08:00')
    expect(checkInTimes(at('2026-03-20T16:00:00+08:00'))).toEqual(['2026-04-19T16:00:00+08:00', '2026-06-18T16:00:00+08:00'])
  })
})
