/**
 * Who may use the radar: officers (and admins) of a town or city federation — it is a federation's tool, and it
 * counts anonymous and employer-blind cases, which grassroots orgs (enterprise and joint unions, area committees)
 * never see. A town officer sees their own town only; a city officer any town below the city. Lawyers are refused.
 */
import type { Officer, Org } from '../../../types/directory'
import { FEDERATION_ORG_TYPES } from '../../../types/grievance'
import { RADAR_ERRORS } from '../../../types/radar'
import { inScope } from '../../_lib/domain/scope'
import { requireOfficer } from '../../_lib/runtime/authz'
import type { ActionContext } from '../../_lib/runtime/deps'
import { AppError } from '../../_lib/runtime/result'

/** The calling officer, refused (FORBIDDEN) before anything is read unless their org is a federation. */
export async function requireRadarOfficer(ctx: ActionContext): Promise<Officer> {
  const officer = await requireOfficer(ctx, 'officer')
  const home = await ctx.deps.store.directory.getOrg(officer.orgId)
  if (!home || !FEDERATION_ORG_TYPES.includes(home.type)) throw new AppError('FORBIDDEN', RADAR_ERRORS['RADAR.FEDERATIONS_ONLY'])
  return officer
}

/** The town federation `townId`, which must lie in the officer's subtree. */
export async function townInScope(ctx: ActionContext, officer: Officer, townId: string): Promise<Org> {
  const town = await ctx.deps.store.directory.getOrg(townId)
  if (!town || town.type !== 'town_federation') throw new AppError('NOT_FOUND', RADAR_ERRORS['RADAR.NOT_A_TOWN'])
  if (!inScope(officer.orgId, town.path)) throw new AppError('FORBIDDEN', RADAR_ERRORS['RADAR.OUT_OF_SCOPE'])
  return town
}
