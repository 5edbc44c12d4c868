/**
 * Where a consultation goes: the town (picked, else the employer's in the directory) and whether its
 * federation has a lawyer, then the pure routing policy. Unknown enterprise or town are the asker's input errors.
 * Shared with the aid application (same policy: town with lawyers, else the city).
 */
import type { Enterprise, Org } from '../../../types/directory'
import { LEGAL_ERRORS, type LegalRouteReason } from '../../../types/legal-labels'
import { mayHoldLegal, routeLegal } from '../../_lib/domain/legal/routing'
import { fail, type Failure } from '../../_lib/runtime/result'
import type { Store } from '../../_lib/store/port'
import { findRoot } from '../../grievance/lib/placement'
import { orgHasLawyer } from './lawyers'

export type LegalRouteRequest = { townId?: string; enterpriseId?: string }
export type ResolvedLegalRoute = { enterprise: Enterprise | null; townId: string | null; to: Org; reason: LegalRouteReason }

const unknown = (code: 'LEGAL.UNKNOWN_ENTERPRISE' | 'LEGAL.UNKNOWN_TOWN', field: string) =>
  fail(code, LEGAL_ERRORS[code], { [field]: LEGAL_ERRORS[code] })

export async function resolveLegalRoute(store: Store, input: LegalRouteRequest): Promise<ResolvedLegalRoute | Failure> {
  const enterprise = input.enterpriseId ? await store.directory.getEnterprise(input.enterpriseId) : null
  if (input.enterpriseId && !enterprise) return unknown('LEGAL.UNKNOWN_ENTERPRISE', 'enterpriseId')
  const townId = input.townId ?? enterprise?.townId ?? null
  const town = townId ? await store.directory.getOrg(townId) : null
  if (townId && town?.type !== 'town_federation') return unknown('LEGAL.UNKNOWN_TOWN', input.townId ? 'townId' : 'enterpriseId')
  const [root, townHasLawyer] = await Promise.all([findRoot(store, town), town ? orgHasLawyer(store.officers, town.id) : false])
  const route = routeLegal({ town, townHasLawyer, root })
  if (!mayHoldLegal(route.to)) throw new Error(`legal routing chose ${route.to.id}, a ${route.to.type}`)
  return { enterprise, townId, to: route.to, reason: route.reason }
}
