import { createWorkCalendar } from '../../../cloudfunctions/_lib/domain/calendar'
import { officialCalendarData } from '../../../cloudfunctions/_lib/calendar/official'
import { canTakeOver, canTransfer } from '../../../cloudfunctions/_lib/domain/grievance/transfer'
import { moveTo, strictestPrivacy } from '../../../cloudfunctions/_lib/domain/grievance/placement'
import type { PrivacyMode } from '../../../types/grievance'
import type { Org } from '../../../types/directory'
import { caseAt, fl, flE1, sx, sxA1, sxA1E1, sxE2, sxJ1, sxJ1E3, yw } from './directory'

const calendar = createWorkCalendar(officialCalendarData())

describe('canTransfer(case, officerOrg, target)', () => {
  const table: [string, Org, Org, Org, PrivacyMode, string][] = [
    // name, case held at, officer org, target, privacy, result
    ['town → enterprise union in scope (named)', sx, sx, sxE2, 'named', 'ok'],
    ['town → an enterprise union under its area committee (named)', sx, sx, sxA1E1, 'named', 'ok'],
    ['enterprise union → its area committee (an ancestor)', sxA1E1, sxA1E1, sxA1, 'named', 'ok'],
    ['enterprise union → the city (an ancestor)', sxA1E1, sxA1E1, yw, 'named', 'ok'],
    ['town → city for an anonymous case', sx, sx, yw, 'anonymous', 'ok'],
    ['city → another town for an employer-blind case', sx, yw, fl, 'employer_blind', 'ok'],
    ['employer-blind → enterprise union', sx, sx, sxE2, 'employer_blind', 'PRIVACY.TRANSFER_FORBIDDEN'],
    ['employer-blind → joint union', sx, sx, sxJ1, 'employer_blind', 'PRIVACY.TRANSFER_FORBIDDEN'],
    ['anonymous → area committee', sx, sx, sxA1, 'anonymous', 'PRIVACY.TRANSFER_FORBIDDEN'],
    ['anonymous → enterprise union under a joint union, by the city', yw, yw, sxJ1E3, 'anonymous', 'PRIVACY.TRANSFER_FORBIDDEN'],
    ['town → another town (neither in scope nor an ancestor)', sx, sx, fl, 'named', 'FORBIDDEN'],
    ['town → an enterprise union of another town', sx, sx, flE1, 'named', 'FORBIDDEN'],
    ['enterprise union → a sibling enterprise union', sxE2, sxE2, sxJ1E3, 'named', 'FORBIDDEN'],
    ['an officer whose scope does not hold the case', fl, sx, sxE2, 'named', 'FORBIDDEN'],
    ['an enterprise union officer on its parent town case', sx, sxE2, sx, 'named', 'FORBIDDEN'],
    ['to where it already is', sx, yw, sx, 'named', 'GRIEVANCE.SAME_ORG'],
  ]
  it.each(table)('%s', (_name, held, officer, target, privacy, expected) => {
    const result = canTransfer(caseAt(held, { strictPrivacy: privacy }), officer, target)
    expect(result.ok ? 'ok' : result.code).toBe(expected)
    if (!result.ok) expect(result.message).toMatch(/[\u4e00-\u9fa5]/)
  })

  it('refuses a resolved or closed case', () => {
    for (const status of ['resolved', 'closed'] as const)
      expect(canTransfer(caseAt(sx, { status }), sx, sxE2)).toMatchObject({ ok: false, code: 'GRIEVANCE.NOT_OPEN' })
    expect(canTransfer(caseAt(sx, { status: 'awaiting_info' }), sx, sxE2)).toEqual({ ok: true })
  })
})

describe('moveTo: the receiving org accepts it itself', () => {
  it('resets the case to pending with a fresh accept-by from now and clears the resolve clock and supervision', () => {
    const held = caseAt(sx, {
      status: 'accepted',
      acceptedAt: '2026-03-10T11:00:00+08:00',
      resolveBy: '2026-03-26T00:00:00+08:00',
      supervised: true,
      supervisorOrgId: 'yw',
      pausedMs: 5000,
      superviseAt: null,
      escalateAt: null,
    })
    const move = moveTo(held, sxE2, { type: 'transferred', reason: 'TRANSFERRED', now: new Date('2026-03-27T09:00:00+08:00'), calendar, note: '企业工会更了解情况' })
    expect(move.patch).toEqual({
      status: 'pending',
      assignedOrgId: 'sx-e2',
      assignedPath: '/yw/sx/sx-e2/',
      routeReason: 'TRANSFERRED',
      receivedAt: '2026-03-27T09:00:00+08:00',
      acceptBy: '2026-04-01T00:00:00+08:00',
      acceptByEstimated: false,
      acceptedAt: null,
      resolveBy: null,
      pausedMs: 0,
      pausedSince: null,
      supervised: false,
      supervisorOrgId: null,
      overdue: false,
      escalateAt: '2026-04-01T00:00:00+08:00',
      superviseAt: null,
    })
    expect(move.event).toEqual({ at: '2026-03-27T09:00:00+08:00', type: 'transferred', fromOrgId: 'sx', toOrgId: 'sx-e2', reason: 'TRANSFERRED', note: '企业工会更了解情况' })
  })

  it('places a new case (no previous org)', () => {
    const move = moveTo({ strictPrivacy: 'anonymous', urgent: false, assignedOrgId: null }, sx, { type: 'submitted', reason: 'EMPLOYER_BLIND', now: new Date('2026-03-10T10:00:00+08:00'), calendar })
    expect(move.event).toEqual({ at: '2026-03-10T10:00:00+08:00', type: 'submitted', fromOrgId: null, toOrgId: 'sx', reason: 'EMPLOYER_BLIND' })
    expect(move.patch.acceptBy).toBe('2026-03-13T00:00:00+08:00')
  })

  it('throws rather than place a protected case at a grassroots org', () => {
    for (const target of [sxE2, sxJ1, sxA1])
      for (const strictPrivacy of ['employer_blind', 'anonymous'] as const)
        expect(() => moveTo(caseAt(sx, { strictPrivacy }), target, { type: 'transferred', reason: 'TRANSFERRED', now: new Date(), calendar })).toThrow(/privacy invariant/)
  })
})

describe('strictestPrivacy and take-over', () => {
  it('folds a joiner into the case: anonymous > employer_blind > named', () => {
    expect(strictestPrivacy('named', 'employer_blind')).toBe('employer_blind')
    expect(strictestPrivacy('anonymous', 'employer_blind')).toBe('anonymous')
    expect(strictestPrivacy('named', 'named')).toBe('named')
  })

  it('lets only the supervising org take a supervised case over', () => {
    const supervised = caseAt(sxE2, { status: 'accepted', supervised: true, supervisorOrgId: 'sx' })
    expect(canTakeOver(supervised, sx)).toBe(true)
    expect(canTakeOver(supervised, yw)).toBe(false)
    expect(canTakeOver({ ...supervised, supervised: false }, sx)).toBe(false)
  })
})
