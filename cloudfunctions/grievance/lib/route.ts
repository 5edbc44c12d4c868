/**
 * Where a new report goes, shared by `submit` and `preview`: resolve the enterprise and town from the directory,
 * then apply the pure routing policy. Unknown enterprise or town are the worker's input errors.
 */
import type { Enterprise, Org } from '../../../types/directory'
import { GRIEVANCE_ERRORS, type PrivacyMode, type RouteReason } from '../../../types/grievance'
import { routeGrievance, townIdFor } from '../../_lib/domain/grievance/routing'
import { fail, type Failure } from '../../_lib/runtime/result'
import type { Store } from '../../_lib/store/port'
import { findRoot } from './placement'

export type RouteRequest = { enterpriseId?: string; townId?: string; urgent: boolean; affectedCount: number; privacy: PrivacyMode }
export type ResolvedRoute = { enterprise: Enterprise | null; townId: string | null; to: Org; reason: RouteReason }

const unknown = (code: 'GRIEVANCE.UNKNOWN_ENTERPRISE' | 'GRIEVANCE.UNKNOWN_TOWN', field: string) =>
  fail(code, GRIEVANCE_ERRORS[code], { [field]: GRIEVANCE_ERRORS[code] })

export async function resolveRoute(store: Store, input: RouteRequest): Promise<ResolvedRoute | Failure> {
  const enterprise = input.enterpriseId ? await store.directory.getEnterprise(input.enterpriseId) : null
  if (input.enterpriseId && !enterprise) return unknown('GRIEVANCE.UNKNOWN_ENTERPRISE', 'enterpriseId')
  const townId = townIdFor(enterprise, input.townId)
  const town = townId ? await store.directory.getOrg(townId) : null
  if (townId && town?.type !== 'town_federation') return unknown('GRIEVANCE.UNKNOWN_TOWN', 'townId')
  const root = await findRoot(store, town)
  const route = routeGrievance({ town, enterprise, urgent: input.urgent, affectedCount: input.affectedCount, privacy: input.privacy, root })
  const to = route.orgId === root.id ? root : await store.directory.getOrg(route.orgId)
  if (!to) throw new Error(`routing chose unknown org ${route.orgId}`)
  return { enterprise, townId, to, reason: route.reason }
}
