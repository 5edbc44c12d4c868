import { createWorkCalendar } from '../../../cloudfunctions/_lib/domain/calendar'
import { officialCalendarData } from '../../../cloudfunctions/_lib/calendar/official'
import {
  decideApplication,
  decideReviewSweep,
  placeApplication,
  reviewDeadline,
} from '../../../cloudfunctions/_lib/domain/membership/review'
import type { Application } from '../../../cloudfunctions/_lib/store/membership-port'
import type { Org } from '../../../types/directory'
import { ALL_ORGS, chainOf, sx, sxA1, sxA1E1, sxE2, sxJ1, sxJ1E3, yw, ywInd } from '../grievance/directory'

const calendar = createWorkCalendar(officialCalendarData())
const at = (iso: string) => new Date(iso)
type State = Pick<Application, 'status' | 'assignedOrgId' | 'assignedPath' | 'reviewBy' | 'overdue' | 'employerBlind'>

/** A pending application held by `held` with the given review-by. */
const pendingAt = (held: Org, reviewBy: string, over: Partial<State> = {}): State => ({
  status: 'pending',
  assignedOrgId: held.id,
  assignedPath: held.path,
  reviewBy,
  overdue: false,
  employerBlind: false,
  ...over,
})

function sweep(a: State, now: string) {
  const decision = decideReviewSweep(a, chainOf(a.assignedPath), at(now), calendar)
  return { decision, next: decision ? { ...a, ...decision.patch } : a }
}

describe('review-by: end of the 15th working day after the day the application arrived', () => {
  it.each([
    // Mon 2 Mar 2026: 15 working days are 3–6, 9–13, 16–20, 23 Mar (no holidays in between).
    ['an ordinary fortnight and a bit: Mon 2 Mar → Mon 23 Mar', '2026-03-02T10:00:00+08:00', '2026-03-24T00:00:00+08:00'],
    ['Fri evening: the weekend does not count', '2026-03-06T22:00:00+08:00', '2026-03-28T00:00:00+08:00'],
    ['Sat: the count starts on Mon', '2026-03-07T09:00:00+08:00', '2026-03-28T00:00:00+08:00'],
    ['Tue 23:59:59 is still Tuesday', '2026-03-10T23:59:59+08:00', '2026-04-01T00:00:00+08:00'],
    // Spring Festival 2026: 15–23 Feb off; Sat 14 Feb and Sat 28 Feb are worked.
    // Mon 9 Feb: 10–13 (4), Sat 14 (5), 24–27 (9), Sat 28 (10), 2–6 Mar (15).
    ['across the Spring Festival, counting both make-up Saturdays', '2026-02-09T10:00:00+08:00', '2026-03-07T00:00:00+08:00'],
    // Arriving during the holiday (Wed 18 Feb): 24–27 (4), Sat 28 (5), 2–6 (10), 9–13 (15).
    ['arriving during the Spring Festival holiday', '2026-02-18T10:00:00+08:00', '2026-03-14T00:00:00+08:00'],
    // National Day 2026: 1–7 Oct off, Sun 20 Sep and Sat 10 Oct worked, Fri 25 Sep (Mid-Autumn) off.
    // Fri 18 Sep: Sun 20 (1), 21–24 (5), 28–30 (8), 8–9 Oct (10), Sat 10 (11), 12–15 (15).
    ['across Mid-Autumn and National Day, counting both make-up days', '2026-09-18T10:00:00+08:00', '2026-10-16T00:00:00+08:00'],
  ])('%s', (_name, received, expected) => {
    expect(reviewDeadline(at(received), calendar)).toEqual({ at: expected, estimated: false })
  })

  it('is flagged estimated in a year without official data', () => {
    expect(calendar.hasYear(2030)).toBe(false)
    expect(reviewDeadline(at('2030-03-04T10:00:00+08:00'), calendar)).toEqual({ at: '2030-03-26T00:00:00+08:00', estimated: true })
  })
})

describe('placeApplication', () => {
  it('places a new application with a fresh window and a submitted event without an origin', () => {
    const now = at('2026-03-02T10:00:00+08:00')
    expect(placeApplication({ assignedOrgId: null, employerBlind: false }, sxE2, { type: 'submitted', reason: 'ENTERPRISE_UNION', now, calendar })).toEqual({
      patch: {
        assignedOrgId: 'sx-e2',
        assignedPath: sxE2.path,
        routeReason: 'ENTERPRISE_UNION',
        receivedAt: '2026-03-02T10:00:00+08:00',
        reviewBy: '2026-03-24T00:00:00+08:00',
        reviewByEstimated: false,
        escalateAt: '2026-03-24T00:00:00+08:00',
        overdue: false,
      },
      event: { at: '2026-03-02T10:00:00+08:00', type: 'submitted', fromOrgId: null, toOrgId: 'sx-e2', reason: 'ENTERPRISE_UNION' },
    })
  })

  it('never places an employer-blind application at an enterprise union, joint union or area committee', () => {
    const how = { type: 'transferred' as const, reason: 'EMPLOYER_BLIND' as const, now: at('2026-03-02T10:00:00+08:00'), calendar }
    for (const o of ALL_ORGS) {
      const place = () => placeApplication({ assignedOrgId: null, employerBlind: true }, o, how)
      if (['enterprise_union', 'joint_union', 'area_committee'].includes(o.type)) expect(place).toThrow(/privacy invariant/)
      else expect(place().patch.assignedOrgId).toBe(o.id)
      expect(placeApplication({ assignedOrgId: null, employerBlind: false }, o, how).patch.assignedOrgId).toBe(o.id)
    }
  })
})

describe('escalation: not reviewed in time → the parent org, up to the root, then overdue', () => {
  it('climbs enterprise union → area committee → town → city, each hop with a fresh 15-working-day window', () => {
    let a = pendingAt(sxA1E1, '2026-03-24T00:00:00+08:00') // arrived Mon 2 Mar
    const hops = [
      // Tue 24 Mar: 25–27 (3), 30 Mar–3 Apr (8), Qingming 4–6 Apr off, 7–10 (12), 13–15 (15).
      { to: sxA1, now: '2026-03-24T00:00:00+08:00', reviewBy: '2026-04-16T00:00:00+08:00' },
      // Thu 16 Apr: 17 (1), 20–24 (6), 27–30 (10), Labour Day 1–5 May off, 6–8 (13), make-up Sat 9 May (14), 11 (15).
      { to: sx, now: '2026-04-16T01:00:00+08:00', reviewBy: '2026-05-12T00:00:00+08:00' },
      // Tue 12 May: 13–15 (3), 18–22 (8), 25–29 (13), 1–2 Jun (15).
      { to: yw, now: '2026-05-12T08:00:00+08:00', reviewBy: '2026-06-03T00:00:00+08:00' },
    ]
    for (const hop of hops) {
      const before = a
      const { decision, next } = sweep(a, hop.now)
      expect(decision).toMatchObject({ kind: 'escalate', to: hop.to })
      expect(next).toMatchObject({
        status: 'pending',
        assignedOrgId: hop.to.id,
        assignedPath: hop.to.path,
        routeReason: 'ESCALATED',
        receivedAt: hop.now,
        reviewBy: hop.reviewBy,
        escalateAt: hop.reviewBy,
        overdue: false,
      })
      expect(next.reviewBy).toBe(reviewDeadline(at(hop.now), calendar).at)
      expect(decision!.event).toEqual({ at: hop.now, type: 'escalated', fromOrgId: before.assignedOrgId, toOrgId: hop.to.id, reason: 'ESCALATED' })
      a = next
    }

    const atRoot = sweep(a, '2026-06-03T00:00:00+08:00')
    expect(atRoot.decision).toEqual({
      kind: 'overdue',
      patch: { overdue: true, escalateAt: null },
      event: { at: '2026-06-03T00:00:00+08:00', type: 'overdue', fromOrgId: 'yw', toOrgId: 'yw', reason: null },
    })
    expect(atRoot.next.assignedOrgId).toBe('yw')
    expect(sweep(atRoot.next, '2026-06-10T00:00:00+08:00').decision).toBeNull()
  })

  it.each([
    ['an enterprise union directly under a town → the town', sxE2, sx],
    ['a joint union → its town', sxJ1, sx],
    ['an enterprise union under a joint union → the joint union', sxJ1E3, sxJ1],
    ['a city-level industry union → the city', ywInd, yw],
  ])('%s', (_name, from, to) => {
    expect(sweep(pendingAt(from, '2026-03-24T00:00:00+08:00'), '2026-03-24T00:00:00+08:00').decision).toMatchObject({ kind: 'escalate', to })
  })

  it('does nothing before review-by, nor to decided applications', () => {
    expect(sweep(pendingAt(sxE2, '2026-03-24T00:00:00+08:00'), '2026-03-23T23:59:59+08:00').decision).toBeNull()
    for (const status of ['approved', 'rejected'] as const)
      expect(sweep(pendingAt(sxE2, '2026-03-24T00:00:00+08:00', { status }), '2026-04-30T00:00:00+08:00').decision).toBeNull()
  })

  it('skips grassroots ancestors for an employer-blind application, even from a state that should never exist', () => {
    const broken = pendingAt(sxJ1E3, '2026-03-24T00:00:00+08:00', { employerBlind: true })
    expect(sweep(broken, '2026-03-24T00:00:00+08:00').decision).toMatchObject({ kind: 'escalate', to: sx })
    const atTown = pendingAt(sx, '2026-03-24T00:00:00+08:00', { employerBlind: true })
    expect(sweep(atTown, '2026-03-24T00:00:00+08:00').decision).toMatchObject({ kind: 'escalate', to: yw })
  })

  it('refuses a chain that does not end at the assigned org', () => {
    expect(() => decideReviewSweep(pendingAt(sxE2, '2026-03-24T00:00:00+08:00'), chainOf(sx.path), at('2026-03-24T00:00:00+08:00'), calendar)).toThrow(/chain/)
  })
})

describe('decideApplication', () => {
  const now = at('2026-03-05T15:30:00+08:00')
  it('approve stops the review clock', () => {
    expect(decideApplication({ status: 'pending', assignedOrgId: 'sx' }, { status: 'approved' }, now, 'o-town-sx-1')).toEqual({
      patch: { status: 'approved', decidedAt: '2026-03-05T15:30:00+08:00', decidedBy: 'o-town-sx-1', escalateAt: null, rejectReason: null, rejectNote: null },
      event: { at: '2026-03-05T15:30:00+08:00', type: 'approved', fromOrgId: 'sx', toOrgId: 'sx', reason: null },
    })
  })
  it('reject keeps the reason code and the explanation; a decided application cannot be decided again', () => {
    const { patch, event } = decideApplication({ status: 'pending', assignedOrgId: 'sx' }, { status: 'rejected', reason: 'INFO_MISMATCH', note: '姓名与身份证不符' }, now, 'o-town-sx-1')
    expect(patch).toMatchObject({ status: 'rejected', escalateAt: null, rejectReason: 'INFO_MISMATCH', rejectNote: '姓名与身份证不符' })
    expect(event).toMatchObject({ type: 'rejected', reason: 'INFO_MISMATCH' })
    expect(() => decideApplication({ status: 'approved', assignedOrgId: 'sx' }, { status: 'approved' }, now, 'x')).toThrow(/not pending/)
  })
})
