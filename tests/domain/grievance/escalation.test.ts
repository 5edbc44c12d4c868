import { createWorkCalendar } from '../../../cloudfunctions/_lib/domain/calendar'
import { officialCalendarData } from '../../../cloudfunctions/_lib/calendar/official'
import { decideSweep } from '../../../cloudfunctions/_lib/domain/grievance/escalation'
import type { CaseState } from '../../../cloudfunctions/_lib/domain/grievance/case'
import type { GrievanceCase } from '../../../cloudfunctions/_lib/store/port'
import type { Org } from '../../../types/directory'
import { caseAt, chainOf, sx, sxA1, sxA1E1, sxE2, sxJ1, yw, ywInd } from './directory'

const calendar = createWorkCalendar(officialCalendarData())
const at = (iso: string) => new Date(iso)

// A stored case can be handed to the domain as is: fails to type-check if the store's shape drifts.
const storedCaseIsCaseState: GrievanceCase extends CaseState ? true : never = true

/** Runs the sweep at `now`, applying the decision like the store would. */
function sweep(c: CaseState, now: string) {
  const decision = decideSweep(c, chainOf(c.assignedPath), at(now), calendar)
  return { decision, next: decision ? { ...c, ...decision.patch } : c }
}

describe('escalation: not accepted in time → the parent org, up to the root', () => {
  it('climbs enterprise union → area committee → town → city, each hop with a fresh accept-by, then stays overdue at the root', () => {
    expect(storedCaseIsCaseState).toBe(true)
    let c = caseAt(sxA1E1) // received Tue 2026-03-10 10:00, accept by 2026-03-13 00:00
    const hops: { to: Org; now: string; acceptBy: string }[] = [
      { to: sxA1, now: '2026-03-13T00:05:00+08:00', acceptBy: '2026-03-18T00:00:00+08:00' }, // Fri → Mon 16, Tue 17
      { to: sx, now: '2026-03-18T01:00:00+08:00', acceptBy: '2026-03-21T00:00:00+08:00' }, // Wed → Thu 19, Fri 20
      { to: yw, now: '2026-03-21T00:30:00+08:00', acceptBy: '2026-03-25T00:00:00+08:00' }, // Sat → Mon 23, Tue 24
    ]
    for (const hop of hops) {
      const before = c
      const { decision, next } = sweep(c, hop.now)
      expect(decision).toMatchObject({ kind: 'escalate', to: hop.to })
      expect(next).toMatchObject({
        status: 'pending',
        assignedOrgId: hop.to.id,
        assignedPath: hop.to.path,
        routeReason: 'ESCALATED',
        receivedAt: hop.now,
        acceptBy: hop.acceptBy,
        escalateAt: hop.acceptBy,
        overdue: false,
        missedPaths: [...before.missedPaths, before.assignedPath], // the path it left, appended per hop
      })
      expect(decision!.event).toEqual({ at: hop.now, type: 'escalated', fromOrgId: before.assignedOrgId, toOrgId: hop.to.id, reason: 'ESCALATED' })
      c = next
    }

    const atRoot = sweep(c, '2026-03-25T00:00:00+08:00')
    expect(atRoot.decision).toEqual({
      kind: 'overdue',
      patch: { overdue: true, escalateAt: null },
      event: { at: '2026-03-25T00:00:00+08:00', type: 'overdue', fromOrgId: 'yw', toOrgId: 'yw', reason: null },
    })
    expect(atRoot.next).toMatchObject({ assignedOrgId: 'yw', missedPaths: [sxA1E1.path, sxA1.path, sx.path] }) // overdue is no hop
    expect(sweep(atRoot.next, '2026-03-26T00:00:00+08:00').decision).toBeNull()
  })

  it.each([
    ['an enterprise union directly under a town → the town', sxE2, sx],
    ['a joint union → its town', sxJ1, sx],
    ['a city-level industry union → the city', ywInd, yw],
  ])('%s', (_name, from, to) => {
    expect(sweep(caseAt(from), '2026-03-13T00:00:00+08:00').decision).toMatchObject({ kind: 'escalate', to })
  })

  it('does nothing before the deadline, nor to accepted cases', () => {
    expect(sweep(caseAt(sxE2), '2026-03-12T23:59:59+08:00').decision).toBeNull()
    expect(sweep(caseAt(sxE2, { status: 'accepted', acceptedAt: '2026-03-11T00:00:00+08:00', resolveBy: '2026-03-27T00:00:00+08:00' }), '2026-03-14T00:00:00+08:00').decision).toBeNull()
  })

  it('gives an urgent case 4 hours again at each new org', () => {
    const { next } = sweep(caseAt(sx, { urgent: true, acceptBy: '2026-03-10T14:00:00+08:00' }), '2026-03-10T14:10:00+08:00')
    expect(next).toMatchObject({ assignedOrgId: 'yw', acceptBy: '2026-03-10T18:10:00+08:00' })
  })

  it('skips grassroots ancestors for a protected case, even from a state that should never exist', () => {
    const broken = caseAt(sxA1E1, { strictPrivacy: 'employer_blind' })
    expect(sweep(broken, '2026-03-13T00:00:00+08:00').decision).toMatchObject({ kind: 'escalate', to: sx })
  })

  it('refuses a chain that does not end at the assigned org', () => {
    expect(() => decideSweep(caseAt(sxE2), chainOf(sx.path), at('2026-03-13T00:00:00+08:00'), calendar)).toThrow(/chain/)
  })
})

describe('supervision (督办): accepted but not resolved in time', () => {
  const accepted = (held: Org, over: Partial<CaseState> = {}) =>
    caseAt(held, { status: 'accepted', acceptedAt: '2026-03-10T15:00:00+08:00', resolveBy: '2026-03-26T00:00:00+08:00', escalateAt: null, superviseAt: '2026-03-26T00:00:00+08:00', ...over })

  it('marks it supervised by the parent org; it stays where it is; only once', () => {
    const { decision, next } = sweep(accepted(sxE2), '2026-03-26T00:00:00+08:00')
    expect(decision).toEqual({
      kind: 'supervise',
      patch: { supervised: true, supervisorOrgId: 'sx', superviseAt: null },
      event: { at: '2026-03-26T00:00:00+08:00', type: 'supervised', fromOrgId: 'sx-e2', toOrgId: 'sx', reason: null },
    })
    expect(next.assignedOrgId).toBe('sx-e2')
    expect(sweep(next, '2026-03-27T00:00:00+08:00').decision).toBeNull()
  })

  it('is not due before resolve-by, nor while waiting for the worker', () => {
    expect(sweep(accepted(sxE2), '2026-03-25T23:59:59+08:00').decision).toBeNull()
    expect(sweep(accepted(sxE2, { status: 'awaiting_info', pausedSince: '2026-03-20T00:00:00+08:00' }), '2026-04-01T00:00:00+08:00').decision).toBeNull()
  })

  it('at the root there is no parent: supervised with no supervisor', () => {
    expect(sweep(accepted(yw), '2026-03-26T00:00:00+08:00').decision).toMatchObject({ kind: 'supervise', patch: { supervisorOrgId: null } })
  })
})
