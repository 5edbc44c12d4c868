/**
 * Who answers a consultation or decides a legal-aid application (issue 11). First match wins:
 * 1 a town is known and its federation has a lawyer → that town federation (TOWN_LAWYERS)
 * 2 otherwise → the city federation, whose lawyers are the 12351 legal service centre (CITY_CENTRE).
 * An enterprise union or joint union never receives one, even about its own enterprise: employer-blind by
 * construction.
 */
import type { Org } from '../../../../types/directory'
import type { LegalRouteReason } from '../../../../types/legal-labels'

export type LegalRouteInput = { town: Org | null; townHasLawyer: boolean; root: Org }
export type LegalRoute = { to: Org; reason: LegalRouteReason }

export function routeLegal({ town, townHasLawyer, root }: LegalRouteInput): LegalRoute {
  if (town && town.type !== 'town_federation') throw new Error(`legal routing: ${town.id} is a ${town.type}, not a town federation`)
  if (town && townHasLawyer) return { to: town, reason: 'TOWN_LAWYERS' }
  return { to: root, reason: 'CITY_CENTRE' }
}

/** Only federations hold legal matters (a guard for every move, like grievances' `mayHold`). */
export function mayHoldLegal(org: Pick<Org, 'type'>): boolean {
  return org.type === 'town_federation' || org.type === 'city_federation'
}
