/**
 * Which union receives a report. Deterministic, first match wins:
 * 1 no town → city (TRIAGE_CITY) · 2 urgent → town (URGENT) · 3 ≥ 10 affected → town (COLLECTIVE)
 * 4 employer_blind/anonymous → town (EMPLOYER_BLIND) · 5 enterprise union (ENTERPRISE_UNION)
 * 6 joint union (JOINT_UNION) · 7 otherwise → town (TOWN).
 * Rule 4 before 5–6 is what keeps a protected reporter away from a union the employer may run.
 */
import type { Enterprise, Org } from '../../../../types/directory'
import { COLLECTIVE_THRESHOLD, type PrivacyMode, type RouteReason } from '../../../../types/grievance'
import { isGrassroots, type CaseState } from './placement'

export type RouteInput = {
  town: Org | null
  enterprise: Enterprise | null
  urgent: boolean
  affectedCount: number
  privacy: PrivacyMode
  root: Org
}
export type Route = { orgId: string; reason: RouteReason }

/** The town to route by: the directory enterprise's town, else the town the worker picked, else none. */
export function townIdFor(enterprise: Enterprise | null, pickedTownId: string | null | undefined): string | null {
  return enterprise?.townId ?? pickedTownId ?? null
}

export function routeGrievance(input: RouteInput): Route {
  const { town, enterprise } = input
  if (!town) return { orgId: input.root.id, reason: 'TRIAGE_CITY' }
  if (town.type !== 'town_federation') throw new Error(`routing: ${town.id} is a ${town.type}, not a town federation`)
  if (enterprise && enterprise.townId !== town.id) throw new Error(`routing: enterprise ${enterprise.id} is not in town ${town.id}`)
  if (input.urgent) return { orgId: town.id, reason: 'URGENT' }
  if (input.affectedCount >= COLLECTIVE_THRESHOLD) return { orgId: town.id, reason: 'COLLECTIVE' }
  if (input.privacy !== 'named') return { orgId: town.id, reason: 'EMPLOYER_BLIND' }
  if (enterprise?.unionId) return { orgId: enterprise.unionId, reason: 'ENTERPRISE_UNION' }
  if (enterprise?.jointUnionId) return { orgId: enterprise.jointUnionId, reason: 'JOINT_UNION' }
  return { orgId: town.id, reason: 'TOWN' }
}

/**
 * After a worker joins (the caller has already added their count and folded their privacy into the case with
 * `strictestPrivacy`): a case held by a grassroots org moves to the town federation when it became collective
 * (≥ 10 affected) or now carries a protected reporter. `town` is the federation above the holder: its town, or
 * the city federation for a holder under no town. Null when it stays.
 */
export function rerouteAfterJoin(
  c: Pick<CaseState, 'affectedCount' | 'strictPrivacy'>,
  current: Org,
  town: Org | null,
): { to: Org; reason: RouteReason } | null {
  if (!town || !isGrassroots(current.type)) return null
  if (c.affectedCount >= COLLECTIVE_THRESHOLD) return { to: town, reason: 'COLLECTIVE' }
  if (c.strictPrivacy !== 'named') return { to: town, reason: 'EMPLOYER_BLIND' }
  return null
}
