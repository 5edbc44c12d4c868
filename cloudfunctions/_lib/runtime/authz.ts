/**
 * The one authorisation helper every officer action calls.
 * `admin` can do all an `officer` can; `lawyer` only what names it.
 */
import type { Officer, OfficerRole, Org } from '../../../types/directory'
import { inScope } from '../domain/scope'
import type { ActionContext } from './deps'
import { AppError } from './result'

export type Permission = 'officer' | 'admin' | 'lawyer'

const GRANTS: Record<OfficerRole, Permission[]> = {
  officer: ['officer'],
  admin: ['officer', 'admin'],
  lawyer: ['lawyer'],
}

export function can(role: OfficerRole, permission: Permission): boolean {
  return GRANTS[role].includes(permission)
}

/** The calling officer, or throws UNAUTHENTICATED / FORBIDDEN. */
export async function requireOfficer(ctx: ActionContext, permission: Permission): Promise<Officer> {
  if (ctx.caller.kind !== 'user') throw new AppError('UNAUTHENTICATED')
  const officer = await ctx.deps.store.officers.get(ctx.caller.openid)
  if (!officer || !can(officer.role, permission)) throw new AppError('FORBIDDEN')
  ctx.actingOfficer = officer.openid
  return officer
}

/** The calling officer and the target org (default: the officer's own), which must be in the officer's scope. */
export async function requireOfficerFor(
  ctx: ActionContext,
  permission: Permission,
  orgId?: string,
): Promise<{ officer: Officer; org: Org }> {
  const officer = await requireOfficer(ctx, permission)
  const org = await ctx.deps.store.directory.getOrg(orgId ?? officer.orgId)
  if (!org) throw new AppError('NOT_FOUND', '没有找到该组织')
  if (!inScope(officer.orgId, org.path)) throw new AppError('FORBIDDEN', '该组织不在您的管辖范围内')
  return { officer, org }
}
