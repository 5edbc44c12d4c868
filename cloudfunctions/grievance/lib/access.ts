/** Loading a case for a worker or an officer. Outside a caller's visibility a case does not exist: NOT_FOUND. */
import type { Officer, Org } from '../../../types/directory'
import { GRIEVANCE_ERRORS } from '../../../types/grievance'
import { canSeeCase } from '../../_lib/domain/grievance/visibility'
import { can, requireOfficer } from '../../_lib/runtime/authz'
import type { ActionContext } from '../../_lib/runtime/deps'
import { AppError } from '../../_lib/runtime/result'
import type { CaseMessage, CaseWithParticipants, GrievanceCase, Page, Participant } from '../../_lib/store/port'
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
  const { openid } = ctx.caller
  // A warm container remembers accounts it found not to be officers (runtime/non-officers.ts): join after collective reads nothing.
  if (ctx.deps.nonOfficers?.has(openid)) return
  if (await ctx.deps.store.officers.get(openid)) throw new AppError('FORBIDDEN', GRIEVANCE_ERRORS['GRIEVANCE.OFFICERS_CANNOT_JOIN'])
  ctx.deps.nonOfficers?.add(openid)
}

/** A page of the case's messages to read with it (the conversation view: still one read, decision 0024). */
export type ThreadPage = { after: string | undefined; limit: number }
type WithThread = { messages: Page<CaseMessage> }

/** The case with its participants, and with the page of messages when one is asked for, in one read. */
async function readCase(ctx: ActionContext, id: string, thread?: ThreadPage): Promise<(CaseWithParticipants & Partial<WithThread>) | null> {
  const { grievances } = ctx.deps.store
  return thread ? grievances.getWithMessages(id, thread.after, thread.limit) : grievances.getWithParticipants(id)
}

export type WorkerAccess = { c: GrievanceCase; me: Participant; people: Participant[] }

/** The case, the caller's own participation in it and every participant (one read). */
export async function loadForWorker(ctx: ActionContext, id: string): Promise<WorkerAccess>
export async function loadForWorker(ctx: ActionContext, id: string, thread: ThreadPage): Promise<WorkerAccess & WithThread>
export async function loadForWorker(ctx: ActionContext, id: string, thread?: ThreadPage): Promise<WorkerAccess & Partial<WithThread>> {
  const key = callerKey(ctx)
  const loaded = await readCase(ctx, id, thread)
  const me = loaded?.participants.find((p) => p.reporterKey === key)
  if (!loaded || !me) throw notFound()
  return { c: loaded.c, me, people: loaded.participants, ...(loaded.messages ? { messages: loaded.messages } : {}) }
}

/**
 * The reporter's own decisions (confirm, rate, reopen, answering an information request): a joiner is a
 * co-complainant who follows the case and writes messages, never the reporter.
 */
export async function loadForReporter(ctx: ActionContext, id: string): Promise<{ c: GrievanceCase; me: Participant; people: Participant[] }> {
  const loaded = await loadForWorker(ctx, id)
  if (loaded.me.role !== 'reporter') throw new AppError('GRIEVANCE.REPORTER_ONLY', GRIEVANCE_ERRORS['GRIEVANCE.REPORTER_ONLY'])
  return loaded
}

/** `people`: the case's participants (reporter first), read with it; what an officer sees of them is views.ts's. */
export type OfficerAccess = { officer: Officer; org: Org; c: GrievanceCase; people: Participant[] }

/**
 * The case, if the calling officer's org may see it (its scope, or a case it supervises), read with its participants
 * in one request. `officer`: the caller's record when the action has just read it (`get`), else it is read here.
 */
export async function loadForOfficer(ctx: ActionContext, id: string, officer?: Officer): Promise<OfficerAccess>
export async function loadForOfficer(ctx: ActionContext, id: string, officer: Officer | undefined, thread: ThreadPage): Promise<OfficerAccess & WithThread>
export async function loadForOfficer(ctx: ActionContext, id: string, officer?: Officer, thread?: ThreadPage): Promise<OfficerAccess & Partial<WithThread>> {
  const me = officer && can(officer.role, 'officer') ? officer : await requireOfficer(ctx, 'officer')
  ctx.actingOfficer = me.openid
  const [org, loaded] = await Promise.all([ctx.deps.store.directory.getOrg(me.orgId), readCase(ctx, id, thread)])
  if (!org || !loaded || !canSeeCase(org, loaded.c)) throw notFound()
  return { officer: me, org, c: loaded.c, people: loaded.participants, ...(loaded.messages ? { messages: loaded.messages } : {}) }
}

/** Officer actions that change a case need it in scope (not merely supervised): the assigned org or below. */
export function requireHolder(a: OfficerAccess): void {
  if (!a.c.assignedPath.includes(`/${a.org.id}/`)) throw new AppError('FORBIDDEN', '这条诉求由其他工会办理，您只能查看')
}
