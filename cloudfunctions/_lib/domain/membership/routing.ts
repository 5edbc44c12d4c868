/**
 * Which union receives a membership application. Deterministic, first match wins:
 * 1 no town → city (TRIAGE_CITY) · 2 employer-blind → town (EMPLOYER_BLIND) · 3 no fixed employer → residence
 * town (NEW_EMPLOYMENT) · 4 enterprise union (ENTERPRISE_UNION) · 5 joint union (JOINT_UNION) · 6 town (TOWN).
 * Rule 2 before 4–5 keeps an employer-blind applicant away from a union the employer may run.
 */
import type { Enterprise, Org } from '../../../../types/directory'
import type { MembershipRouteReason } from '../../../../types/membership-labels'

export type MembershipRouteInput = {
  town: Org | null
  enterprise: Enterprise | null
  noFixedEmployer: boolean
  employerBlind: boolean
  root: Org
}
export type MembershipRoute = { orgId: string; reason: MembershipRouteReason }

/**
 * The town to route by: without a fixed employer, where the worker lives; else the directory enterprise's
 * town, else the town the worker picked for a typed employer name, else none.
 */
export function membershipTownId(
  enterprise: Enterprise | null,
  input: { townId?: string; noFixedEmployer?: boolean; residenceTownId?: string },
): string | null {
  if (input.noFixedEmployer) return input.residenceTownId ?? null
  return enterprise?.townId ?? input.townId ?? null
}

export function routeMembership(input: MembershipRouteInput): MembershipRoute {
  const { town, enterprise } = input
  if (!town) return { orgId: input.root.id, reason: 'TRIAGE_CITY' }
  if (town.type !== 'town_federation') throw new Error(`routing: ${town.id} is a ${town.type}, not a town federation`)
  if (enterprise && input.noFixedEmployer) throw new Error(`routing: enterprise ${enterprise.id} given for a worker without a fixed employer`)
  if (enterprise && enterprise.townId !== town.id) throw new Error(`routing: enterprise ${enterprise.id} is not in town ${town.id}`)
  if (input.employerBlind) return { orgId: town.id, reason: 'EMPLOYER_BLIND' }
  if (input.noFixedEmployer) return { orgId: town.id, reason: 'NEW_EMPLOYMENT' }
  if (enterprise?.unionId) return { orgId: enterprise.unionId, reason: 'ENTERPRISE_UNION' }
  if (enterprise?.jointUnionId) return { orgId: enterprise.jointUnionId, reason: 'JOINT_UNION' }
  return { orgId: town.id, reason: 'TOWN' }
}

/**
 * Where an application goes when its ID number has a membership or pending application of ANOTHER account:
 * to a federation that can verify the person face to face, never to a grassroots union (which may be run by
 * the employer, and must not learn that the number is taken). The routed org stays when it is the town or
 * the city, with its reason, so the reply is the usual one; an enterprise or joint union gives way to the
 * town (TOWN_REVIEW).
 */
export function conflictRoute(route: MembershipRoute, town: Org | null, root: Org): MembershipRoute {
  if (route.orgId === root.id || route.orgId === town?.id) return route
  if (!town) throw new Error(`routing: ${route.orgId} chosen without a town`)
  return { orgId: town.id, reason: 'TOWN_REVIEW' }
}
