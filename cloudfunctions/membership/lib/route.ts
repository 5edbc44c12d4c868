/**
 * Where an application goes, shared by `apply` and `transfer`: resolve the enterprise and town from the
 * directory, then apply the pure routing policy. Unknown enterprise or town are the worker's input errors,
 * reported on the field they typed.
 */
import type { Enterprise, Org } from '../../../types/directory'
import { MEMBERSHIP_ERRORS, type MembershipRouteReason, type Occupation } from '../../../types/membership-labels'
import { conflictRoute, membershipTownId, routeMembership } from '../../_lib/domain/membership/routing'
import { fail, type Failure } from '../../_lib/runtime/result'
import type { Store, Workplace } from '../../_lib/store/port'
import { findRoot } from '../../grievance/lib/placement'

export type WorkplaceRequest = {
  enterpriseId?: string
  enterpriseName?: string
  townId?: string
  noFixedEmployer: boolean
  occupation?: Occupation
  residenceTownId?: string
  employerBlind: boolean
}
export type ResolvedRoute = { workplace: Workplace; to: Org; reason: MembershipRouteReason }

const unknown = (code: 'MEMBERSHIP.UNKNOWN_ENTERPRISE' | 'MEMBERSHIP.UNKNOWN_TOWN', field: string) =>
  fail(code, MEMBERSHIP_ERRORS[code], { [field]: MEMBERSHIP_ERRORS[code] })

/** `identityConflict`: the ID number is another account's, so a federation reviews it (routing.ts `conflictRoute`). */
export async function resolveRoute(store: Store, input: WorkplaceRequest, identityConflict = false): Promise<ResolvedRoute | Failure> {
  const enterprise: Enterprise | null = input.enterpriseId ? await store.directory.getEnterprise(input.enterpriseId) : null
  if (input.enterpriseId && !enterprise) return unknown('MEMBERSHIP.UNKNOWN_ENTERPRISE', 'enterpriseId')
  const townId = membershipTownId(enterprise, input)
  const town = townId ? await store.directory.getOrg(townId) : null
  if (townId && town?.type !== 'town_federation') return unknown('MEMBERSHIP.UNKNOWN_TOWN', input.noFixedEmployer ? 'residenceTownId' : 'townId')
  const root = await findRoot(store, town)
  const routed = routeMembership({ town, enterprise, noFixedEmployer: input.noFixedEmployer, employerBlind: input.employerBlind, root })
  const route = identityConflict ? conflictRoute(routed, town, root) : routed
  const to = route.orgId === root.id ? root : await store.directory.getOrg(route.orgId)
  if (!to) throw new Error(`routing chose unknown org ${route.orgId}`)
  const workplace: Workplace = {
    enterpriseId: enterprise?.id ?? null,
    enterpriseName: enterprise?.name ?? input.enterpriseName ?? null,
    townId,
    noFixedEmployer: input.noFixedEmployer,
    occupation: input.occupation ?? null,
    residenceTownId: input.residenceTownId ?? null,
    employerBlind: input.employerBlind,
  }
  return { workplace, to, reason: route.reason }
}
