/**
 * Who may see and act on a claim. The member (by their holderKey) sees their own; an officer or admin (never a
 * lawyer) whose scope holds the union that checks it or the federation that approves it sees it too. Anyone
 * else: NOT_FOUND — outside a caller's visibility a claim does not exist.
 * - review / return: the checking union or an org above it (an enterprise union only its own members' claims);
 * - approve, reject, mark paid, reveal the account: the approving federation or an org above it.
 */
import type { Officer } from '../../../types/directory'
import { inScope } from '../../_lib/domain/scope'
import { can } from '../../_lib/runtime/authz'
import type { ActionContext } from '../../_lib/runtime/deps'
import { AppError } from '../../_lib/runtime/result'
import type { Claim } from '../../_lib/store/mutual-aid-port'
import { memberKey } from './keys'

export const claimNotFound = () => new AppError('NOT_FOUND', '没有找到这笔互助申请')

export function openidOf(ctx: ActionContext): string {
  if (ctx.caller.kind !== 'user') throw new AppError('UNAUTHENTICATED')
  return ctx.caller.openid
}

export const callerMemberKey = (ctx: ActionContext) => memberKey(ctx.deps.crypto, openidOf(ctx))

export const mayReview = (o: Officer, c: Claim) => can(o.role, 'officer') && inScope(o.orgId, c.reviewPath)
export const mayApprove = (o: Officer, c: Claim) => can(o.role, 'officer') && inScope(o.orgId, c.approvePath)

/**
 * `mayApprove` on a claim not yet read, for a write's condition (store `rejectClaim`): the approving federation in the
 * officer's scope, and not the officer's own claim (loadClaim reads a caller's own claim as the member's). The role
 * (`can(role, 'officer')`) is the caller's to check first.
 */
export const approverGuard = (ctx: ActionContext, o: Officer) => ({ scopeOrgId: o.orgId, notHolderKey: callerMemberKey(ctx) })

export type ClaimAccess = { c: Claim; as: 'member' } | { c: Claim; as: 'officer'; officer: Officer }

export async function loadClaim(ctx: ActionContext, id: string): Promise<ClaimAccess> {
  const openid = openidOf(ctx)
  const c = await ctx.deps.store.mutualAid.getClaim(id)
  if (!c) throw claimNotFound()
  if (c.holderKey === memberKey(ctx.deps.crypto, openid)) return { c, as: 'member' }
  // Only now the officer record: a member's own request (most of them) spends no round trip on it.
  const officer = await ctx.deps.store.officers.get(openid)
  if (!officer || !(mayReview(officer, c) || mayApprove(officer, c))) throw claimNotFound()
  ctx.actingOfficer = officer.openid
  return { c, as: 'officer', officer }
}

export async function loadForMember(ctx: ActionContext, id: string): Promise<Claim> {
  const access = await loadClaim(ctx, id)
  if (access.as !== 'member') throw claimNotFound()
  return access.c
}

/** An officer allowed to do `what` (the other officers who may read it: FORBIDDEN, worded for the page). */
export async function loadForOfficer(ctx: ActionContext, id: string, what: 'review' | 'approve'): Promise<{ c: Claim; officer: Officer }> {
  const access = await loadClaim(ctx, id)
  if (access.as !== 'officer') throw claimNotFound()
  const allowed = what === 'review' ? mayReview(access.officer, access.c) : mayApprove(access.officer, access.c)
  if (!allowed) throw new AppError('FORBIDDEN', what === 'review' ? '只有受理这笔申请的工会才能审核材料' : '只有负责审批的总工会才能办理')
  return { c: access.c, officer: access.officer }
}
