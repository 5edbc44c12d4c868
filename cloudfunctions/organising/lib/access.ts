/**
 * Who works on the organising list: officers of the city and town federations and of area committees (never an
 * enterprise or joint union). A town (or the city above it) sees its towns' entries; an area committee the
 * entries assigned to it. Outside that an entry does not exist (NOT_FOUND).
 */
import type { Officer, Org } from '../../../types/directory'
import { ORGANISING_ERRORS } from '../../../types/organising-labels'
import { inScope } from '../../_lib/domain/scope'
import { requireOfficerFor } from '../../_lib/runtime/authz'
import type { ActionContext } from '../../_lib/runtime/deps'
import { AppError } from '../../_lib/runtime/result'
import type { OrganisingEntry } from '../../_lib/store/organising-port'

const ORGANISING_ORGS: ReadonlyArray<Org['type']> = ['city_federation', 'town_federation', 'area_committee']

export async function organisingOfficer(ctx: ActionContext, permission: 'officer' | 'admin' = 'officer'): Promise<{ officer: Officer; org: Org }> {
  const { officer, org } = await requireOfficerFor(ctx, permission)
  if (!ORGANISING_ORGS.includes(org.type)) throw new AppError('FORBIDDEN', '清单式建会由市、镇(街道)总工会和片区工委办理')
  return { officer, org }
}

export async function townOf(ctx: ActionContext, townId: string): Promise<Org> {
  const town = await ctx.deps.store.directory.getOrg(townId)
  if (!town || town.type !== 'town_federation') throw new AppError('NOT_FOUND', '没有找到该镇街')
  return town
}

export async function mayWork(ctx: ActionContext, org: Org, e: Pick<OrganisingEntry, 'townId' | 'areaId'>): Promise<boolean> {
  if (org.type === 'area_committee') return e.areaId === org.id
  return inScope(org.id, (await townOf(ctx, e.townId)).path)
}

export async function loadEntry(ctx: ActionContext, org: Org, creditCode: string): Promise<OrganisingEntry> {
  const e = await ctx.deps.store.organising.getEntry(creditCode)
  if (!e || !(await mayWork(ctx, org, e))) throw new AppError('NOT_FOUND', ORGANISING_ERRORS['ORGANISING.NOT_ON_LIST'])
  return e
}
