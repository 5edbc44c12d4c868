/** Loading a case for a worker or an officer. Outside a caller's visibility a case does not exist: NOT_FOUND. */
import type { Officer, Org } from '../../../types/directory'
import { GRIEVANCE_ERRORS } from '../../../types/grievance'
import { canSeeCase } from '../../_lib/domain/grievance/visibility'
import { requireOfficer } from '../../_lib/runtime/authz'
import type { ActionContext } from '../../_lib/runtime/deps'
import { AppError } from '../../_lib/runtime/result'
import type { GrievanceCase, Participant } from '../../_lib/store/port'
import { reporterKey } from './keys'

const notFound = () => new AppError('NOT_FOUND', '没有找到这条诉求')

export function callerKey(ctx: ActionContext): string {
  if (ctx.caller.kind !== 'user') throw new AppError('UNAUTHENTICATED')
  return reporterKey(ctx.deps.crypto, ctx.caller.openid)
}

/**
 * Collective cases are a workers' matter: an officer account (any org, any role) neither discovers nor joins
 * one. An enterprise union's chair is often the employer's manager; refusing every officer, before any case
 * is read, answers the same whatever cases exist.
 */
export async function requireNotOfficer(ctx: ActionContext): Promise<void> {
  if (ctx.caller.kind !== 'user') throw new AppError('UNAUTHENTICATED')
  if (await ctx.deps.store.officers.get(ctx.caller.openid))
    throw new AppError('FORBIDDEN', GRIEVANCE_ERRORS['GRIEVANCE.OFFICERS_CANNOT_JOIN'])
}

/** The case and the caller's own participation in it. */
export async function loadForWorker(ctx: ActionContext, id: string): Promise<{ c: GrievanceCase; me: Participant }> {
  const key = callerKey(ctx)
  const [c, me] = await Promise.all([ctx.deps.store.grievances.get(id), ctx.deps.store.grievances.getParticipant(id, key)])
  if (!c || !me) throw notFound()
  return { c, me }
}

/**
 * The reporter's own decisions (confirm, rate, reopen, answering an information request): a joiner is a
 * co-complainant who follows the case and writes messages, never the reporter.
 */
export async function loadForReporter(ctx: ActionContext, id: string): Promise<{ c: GrievanceCase; me: Participant }> {
  const loaded = await loadForWorker(ctx, id)
  if (loaded.me.role !== 'reporter') throw new AppError('GRIEVANCE.REPORTER_ONLY', GRIEVANCE_ERRORS['GRIEVANCE.REPORTER_ONLY'])
  return loaded
}

export type OfficerAccess = { officer: Officer; org: Org; c: GrievanceCase }

/** The case, if the calling officer's org may see it (its scope, or a case it supervises). */
export async function loadForOfficer(ctx: ActionContext, id: string): Promise<OfficerAccess> {
  const officer = await requireOfficer(ctx, 'officer')
  const [org, c] = await Promise.all([ctx.deps.store.directory.getOrg(officer.orgId), ctx.deps.store.grievances.get(id)])
  if (!org || !c || !canSeeCase(org, c)) throw notFound()
  return { officer, org, c }
}

/** Officer actions that change a case need it in scope (not merely supervised): the assigned org or below. */
export function requireHolder(a: OfficerAccess): void {
  if (!a.c.assignedPath.includes(`/${a.org.id}/`)) throw new AppError('FORBIDDEN', '这条诉求由其他工会办理，您只能查看')
}
