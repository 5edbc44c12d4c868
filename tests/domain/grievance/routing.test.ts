import { rerouteAfterJoin, routeGrievance, townIdFor, type RouteInput } from '../../../cloudfunctions/_lib/domain/grievance/routing'
import { caseAt, enterprise, fl, sx, sxA1, sxA1E1, sxE2, sxJ1, yw, ywInd } from './directory'

const withUnion = enterprise({ unionId: sxE2.id })
const withJoint = enterprise({ jointUnionId: sxJ1.id })
const withBoth = enterprise({ unionId: sxE2.id, jointUnionId: sxJ1.id })
const base: RouteInput = { town: sx, enterprise: withUnion, urgent: false, affectedCount: 1, privacy: 'named', root: yw }

describe('routeGrievance: first match wins', () => {
  const table: [string, Partial<RouteInput>, string, string][] = [
    ['1 no town → city, even when urgent, collective and employer-blind', { town: null, enterprise: null, urgent: true, affectedCount: 50, privacy: 'employer_blind' }, 'yw', 'TRIAGE_CITY'],
    ['2 urgent → town, before collective and privacy', { urgent: true, affectedCount: 50, privacy: 'anonymous' }, 'sx', 'URGENT'],
    ['3 ten affected → town, before privacy', { affectedCount: 10, privacy: 'anonymous' }, 'sx', 'COLLECTIVE'],
    ['3 nine affected is not collective', { affectedCount: 9 }, 'sx-e2', 'ENTERPRISE_UNION'],
    ['4 employer_blind → town, never the enterprise union', { privacy: 'employer_blind' }, 'sx', 'EMPLOYER_BLIND'],
    ['4 anonymous → town, never the joint union', { enterprise: withJoint, privacy: 'anonymous' }, 'sx', 'EMPLOYER_BLIND'],
    ['5 own union → enterprise union', {}, 'sx-e2', 'ENTERPRISE_UNION'],
    ['5 own union wins over a joint union', { enterprise: withBoth }, 'sx-e2', 'ENTERPRISE_UNION'],
    ['6 covered by a joint union → joint union', { enterprise: withJoint }, 'sx-j1', 'JOINT_UNION'],
    ['7 no union → town', { enterprise: enterprise() }, 'sx', 'TOWN'],
    ['7 enterprise not in the directory, town picked → town', { enterprise: null }, 'sx', 'TOWN'],
  ]
  it.each(table)('%s', (_name, over, orgId, reason) => {
    expect(routeGrievance({ ...base, ...over })).toEqual({ orgId, reason })
  })

  it('refuses a "town" that is not a town federation, and an enterprise in another town (caller bugs)', () => {
    expect(() => routeGrievance({ ...base, town: sxA1 })).toThrow(/not a town federation/)
    expect(() => routeGrievance({ ...base, town: fl })).toThrow(/not in town/)
  })
})

describe('townIdFor', () => {
  it("prefers the directory enterprise's town over the picked one, else the picked one, else none", () => {
    expect(townIdFor(enterprise({ townId: 'sx' }), 'fl')).toBe('sx')
    expect(townIdFor(null, 'fl')).toBe('fl')
    expect(townIdFor(null, undefined)).toBeNull()
  })
})

describe('rerouteAfterJoin', () => {
  it('moves a case held by a grassroots org to the town when joiners make it collective (≥ 10)', () => {
    for (const held of [sxE2, sxA1E1, sxA1, sxJ1])
      expect(rerouteAfterJoin(caseAt(held, { affectedCount: 10 }), held, sx)).toEqual({ to: sx, reason: 'COLLECTIVE' })
    expect(rerouteAfterJoin(caseAt(sxE2, { affectedCount: 9 }), sxE2, sx)).toBeNull()
  })

  it('moves it when a protected joiner made the case protected', () => {
    expect(rerouteAfterJoin(caseAt(sxJ1, { strictPrivacy: 'anonymous' }), sxJ1, sx)).toEqual({ to: sx, reason: 'EMPLOYER_BLIND' })
  })

  it('leaves a case already at a federation, and one whose town is unknown', () => {
    expect(rerouteAfterJoin(caseAt(sx, { affectedCount: 30 }), sx, sx)).toBeNull()
    expect(rerouteAfterJoin(caseAt(yw, { affectedCount: 30 }), yw, sx)).toBeNull()
    expect(rerouteAfterJoin(caseAt(ywInd, { affectedCount: 30 }), ywInd, null)).toBeNull()
  })

  it('moves a collective case from a city-level industry union down to the enterprise town', () => {
    expect(rerouteAfterJoin(caseAt(ywInd, { affectedCount: 12 }), ywInd, sx)).toEqual({ to: sx, reason: 'COLLECTIVE' })
  })
})
