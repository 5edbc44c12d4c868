/**
 * Loading an application or a member for the applicant or an officer. Outside a caller's reach a record does
 * not exist: NOT_FOUND (an officer of another union learns nothing, not even that someone applied).
 */
import type { Officer, Org } from '../../../types/directory'
import { inScope } from '../../_lib/domain/scope'
import { requireOfficer } from '../../_lib/runtime/authz'
import type { ActionContext } from '../../_lib/runtime/deps'
import { AppError } from '../../_lib/runtime/result'
import type { Application, HolderMembership, Member } from '../../_lib/store/port'
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
 * The application, if the calling officer's org reviews it (the assigned org or above). The union a
 * transferring member leaves is not a reviewer: it is told that a member left (approve.ts) and reads
 * nothing of the transfer — not the new employer or union, and for an employer-blind transfer not even
 * that it was one (security review H1).
 */
export async function loadForOfficer(ctx: ActionContext, id: string): Promise<OfficerAccess> {
  const officer = await requireOfficer(ctx, 'officer')
  const { directory, memberships } = ctx.deps.store
  const [org, a] = await Promise.all([directory.getOrg(officer.orgId), memberships.getApplication(id)])
  if (!org || !a || !inScope(org.id, a.assignedPath)) throw notFound()
  return { officer, org, a }
}

/** A member of a union in the calling officer's scope. */
export async function loadMemberForOfficer(ctx: ActionContext, memberId: string): Promise<{ officer: Officer; m: Member }> {
  const officer = await requireOfficer(ctx, 'officer')
  const m = await ctx.deps.store.memberships.getMember(memberId)
  if (!m || !inScope(officer.orgId, m.orgPath)) throw new AppError('NOT_FOUND', '没有找到这位会员')
  return { officer, m }
}

/**
 * The caller's current membership (null when none, or left), the ID-number consent of the application that made it,
 * and the caller's pending application: one store read (getHolderMembership).
 */
export async function callerMembership(ctx: ActionContext): Promise<HolderMembership> {
  const found = await ctx.deps.store.memberships.getHolderMembership(callerKeys(ctx).holder)
  return found.member && found.member.status !== 'left' ? found : { ...found, member: null }
}

/** The caller's current membership (active or suspended), or null. */
export async function currentMembership(ctx: ActionContext): Promise<Member | null> {
  const m = await ctx.deps.store.memberships.getMemberByHolder(callerKeys(ctx).holder)
  return m && m.status !== 'left' ? m : null
}
