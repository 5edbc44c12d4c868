/**
 * Loading an application or a member for the applicant or an officer. Outside a caller's reach a record does
 * not exist: NOT_FOUND (an officer of another union learns nothing, not even that someone applied).
 */
import type { Officer, Org } from '../../../types/directory'
import { inScope } from '../../_lib/domain/scope'
import { requireOfficer } from '../../_lib/runtime/authz'
import type { ActionContext } from '../../_lib/runtime/deps'
import { AppError } from '../../_lib/runtime/result'
import type { Application, Member } from '../../_lib/store/port'
import { applicantKey, holderKey } from './keys'

const notFound = () => new AppError('NOT_FOUND', '没有找到这份入会申请')

export function callerOpenid(ctx: ActionContext): string {
  if (ctx.caller.kind !== 'user') throw new AppError('UNAUTHENTICATED')
  return ctx.caller.openid
}

/** The caller's two keys: their applications (applicantKey) and the membership they hold (holderKey). */
export function callerKeys(ctx: ActionContext) {
  const openid = callerOpenid(ctx)
  return { openid, applicant: applicantKey(ctx.deps.crypto, openid), holder: holderKey(ctx.deps.crypto, openid) }
}

export type OfficerAccess = { officer: Officer; org: Org; a: Application }

/**
 * The application, if the calling officer's org holds it (the assigned org or above), or, for a transfer, is
 * the union the member leaves (it may read what it is informed about).
 */
export async function loadForOfficer(ctx: ActionContext, id: string): Promise<OfficerAccess> {
  const officer = await requireOfficer(ctx, 'officer')
  const { directory, memberships } = ctx.deps.store
  const [org, a] = await Promise.all([directory.getOrg(officer.orgId), memberships.getApplication(id)])
  if (!org || !a) throw notFound()
  if (inScope(org.id, a.assignedPath)) return { officer, org, a }
  const from = a.fromOrgId ? await directory.getOrg(a.fromOrgId) : null
  if (from && inScope(org.id, from.path)) return { officer, org, a }
  throw notFound()
}

/** Deciding needs the application in the officer's scope as its reviewer, not merely as the union it leaves. */
export function requireReviewer(access: OfficerAccess): void {
  if (!inScope(access.org.id, access.a.assignedPath)) throw new AppError('FORBIDDEN', '这份申请由其他工会审核，您只能查看')
}

/** A member of a union in the calling officer's scope. */
export async function loadMemberForOfficer(ctx: ActionContext, memberId: string): Promise<{ officer: Officer; m: Member }> {
  const officer = await requireOfficer(ctx, 'officer')
  const m = await ctx.deps.store.memberships.getMember(memberId)
  if (!m || !inScope(officer.orgId, m.orgPath)) throw new AppError('NOT_FOUND', '没有找到这位会员')
  return { officer, m }
}

/** The caller's current membership (active or suspended), or null. */
export async function currentMembership(ctx: ActionContext): Promise<Member | null> {
  const m = await ctx.deps.store.memberships.getMemberByHolder(callerKeys(ctx).holder)
  return m && m.status !== 'left' ? m : null
}
