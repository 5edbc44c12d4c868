import { conflictRoute, membershipTownId, routeMembership, type MembershipRouteInput } from '../../../cloudfunctions/_lib/domain/membership/routing'
import { enterprise, fl, sx, sxA1, sxE2, sxJ1, yw } from '../grievance/directory'

const withUnion = enterprise({ unionId: sxE2.id })
const withJoint = enterprise({ jointUnionId: sxJ1.id })
const withBoth = enterprise({ unionId: sxE2.id, jointUnionId: sxJ1.id })
const base: MembershipRouteInput = { town: sx, enterprise: withUnion, noFixedEmployer: false, employerBlind: false, root: yw }

describe('routeMembership: first match wins', () => {
  const table: [string, Partial<MembershipRouteInput>, string, string][] = [
    ['1 no town → city, even when employer-blind', { town: null, enterprise: null, employerBlind: true }, 'yw', 'TRIAGE_CITY'],
    ['1 no town, no fixed employer → city', { town: null, enterprise: null, noFixedEmployer: true }, 'yw', 'TRIAGE_CITY'],
    ['2 employer-blind → town, never the enterprise union', { employerBlind: true }, 'sx', 'EMPLOYER_BLIND'],
    ['2 employer-blind → town, never the joint union', { enterprise: withJoint, employerBlind: true }, 'sx', 'EMPLOYER_BLIND'],
    ['2 employer-blind wins over no fixed employer', { enterprise: null, noFixedEmployer: true, employerBlind: true }, 'sx', 'EMPLOYER_BLIND'],
    ['3 no fixed employer → the residence town', { enterprise: null, noFixedEmployer: true }, 'sx', 'NEW_EMPLOYMENT'],
    ['4 own union → enterprise union', {}, 'sx-e2', 'ENTERPRISE_UNION'],
    ['4 own union wins over a joint union', { enterprise: withBoth }, 'sx-e2', 'ENTERPRISE_UNION'],
    ['5 covered by a joint union → joint union', { enterprise: withJoint }, 'sx-j1', 'JOINT_UNION'],
    ['6 no union → town', { enterprise: enterprise() }, 'sx', 'TOWN'],
    ['6 employer not in the directory, town picked → town', { enterprise: null }, 'sx', 'TOWN'],
  ]
  it.each(table)('%s', (_name, over, orgId, reason) => {
    expect(routeMembership({ ...base, ...over })).toEqual({ orgId, reason })
  })

  it('refuses a "town" that is not a town federation, an enterprise in another town, and an enterprise with no fixed employer (caller bugs)', () => {
    expect(() => routeMembership({ ...base, town: sxA1 })).toThrow(/not a town federation/)
    expect(() => routeMembership({ ...base, town: fl })).toThrow(/not in town/)
    expect(() => routeMembership({ ...base, noFixedEmployer: true })).toThrow(/without a fixed employer/)
  })
})

describe('conflictRoute: an ID number another account holds goes to a federation, never a grassroots union', () => {
  it.each([
    ['enterprise union → the town', {}, 'sx', 'TOWN_REVIEW'],
    ['joint union → the town', { enterprise: withJoint }, 'sx', 'TOWN_REVIEW'],
    ['employer-blind stays at the town, with its reason (the reply is the usual one)', { employerBlind: true }, 'sx', 'EMPLOYER_BLIND'],
    ['the town stays', { enterprise: enterprise() }, 'sx', 'TOWN'],
    ['no town → the city stays', { town: null, enterprise: null }, 'yw', 'TRIAGE_CITY'],
  ])('%s', (_name, over, orgId, reason) => {
    const input = { ...base, ...over }
    expect(conflictRoute(routeMembership(input), input.town, yw)).toEqual({ orgId, reason })
  })
})

describe('membershipTownId', () => {
  it.each([
    ['no fixed employer → where the worker lives, whatever else is given', enterprise({ townId: 'sx' }), { noFixedEmployer: true, residenceTownId: 'fl', townId: 'by' }, 'fl'],
    ['no fixed employer without a residence → none', null, { noFixedEmployer: true }, null],
    ["a directory enterprise → its town, over the picked one", enterprise({ townId: 'sx' }), { townId: 'fl' }, 'sx'],
    ['a typed employer name → the picked town', null, { townId: 'fl' }, 'fl'],
    ['a typed employer name without a town → none', null, {}, null],
  ])('%s', (_name, ent, input, expected) => {
    expect(membershipTownId(ent, input)).toBe(expected)
  })
})
