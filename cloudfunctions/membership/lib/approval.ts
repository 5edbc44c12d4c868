/**
 * What approving does to the member record. Two writes (member, then application) that CloudBase cannot
 * join in one transaction, so each is safe to repeat: a retry after a crash between them finds the member
 * already written and goes on to the application.
 */
import { MEMBERSHIP_ERRORS } from '../../../types/membership-labels'
import { formatMemberNo } from '../../_lib/domain/membership/member-no'
import type { ActionContext } from '../../_lib/runtime/deps'
import { fail, type Failure } from '../../_lib/runtime/result'
import { shanghaiDay, toIso } from '../../_lib/runtime/time'
import type { Application, Member, Workplace } from '../../_lib/store/port'
import { ACCOUNT_HOLDS_CARD } from './identity'
import { secretsOf } from './person'
import { saveMember } from './save'

export function workplaceOf(a: Application): Workplace {
  const { enterpriseId, enterpriseName, townId, noFixedEmployer, occupation, residenceTownId, employerBlind } = a
  return { enterpriseId, enterpriseName, townId, noFixedEmployer, occupation, residenceTownId, employerBlind }
}

/**
 * Why this join may not make a member, if so: the account already holds a current membership (one card per
 * account), or — flagged — the ID number's membership or other pending application still stands (the
 * officer verifies the person face to face; the real holder leaving, or that application ending, clears it).
 */
async function enrolRefusal(ctx: ActionContext, a: Application): Promise<Failure | null> {
  const { memberships } = ctx.deps.store
  const [held, byId, pending] = await Promise.all([
    memberships.getMemberByHolder(a.holderKey),
    a.identityConflict ? memberships.getMemberByIdHash(a.idHash) : null,
    a.identityConflict ? memberships.getPendingApplication(a.idHash) : null,
  ])
  if (byId || pending) return fail('MEMBERSHIP.IDENTITY_CONFLICT', MEMBERSHIP_ERRORS['MEMBERSHIP.IDENTITY_CONFLICT'])
  if (held && held.status !== 'left') return fail('MEMBERSHIP.ALREADY_MEMBER', ACCOUNT_HOLDS_CARD)
  return null
}

/** A first join: the member gets the application's id, so the store's unique id makes a repeat harmless. */
export async function enrol(ctx: ActionContext, a: Application): Promise<Member | Failure> {
  const { memberships } = ctx.deps.store
  const existing = await memberships.getMember(a.id)
  if (existing) return existing
  const refusal = await enrolRefusal(ctx, a)
  if (refusal) return refusal
  const at = toIso(ctx.now)
  const m: Member = {
    ...secretsOf(a), id: a.id, memberNo: formatMemberNo(await memberships.nextMemberSeq()), holderKey: a.holderKey,
    orgId: a.assignedOrgId, orgPath: a.assignedPath, status: 'active', since: shanghaiDay(ctx.now), statusReason: null,
    applicationId: a.id, workplace: workplaceOf(a),
    history: [{ at, type: 'approved', fromOrgId: null, toOrgId: a.assignedOrgId, reason: null }], updatedAt: at, version: 1,
  }
  if (await memberships.createMember(m)) return m
  // Another officer's approval of this application won the insert (its number is kept; ours stays unused).
  const raced = await memberships.getMember(a.id)
  if (raced) return raced
  return fail('MEMBERSHIP.ALREADY_MEMBER', MEMBERSHIP_ERRORS['MEMBERSHIP.ALREADY_MEMBER'])
}

/**
 * The approval's first write is done (a join's member exists, a transfer's member sits at the new union)
 * while the application is still pending: a crash between the two writes. Only approving may finish it.
 */
export async function approvalUnderWay(ctx: ActionContext, a: Application): Promise<boolean> {
  const m = await ctx.deps.store.memberships.getMember(a.kind === 'join' ? a.id : (a.memberId ?? ''))
  return m !== null && (a.kind === 'join' || m.orgId === a.assignedOrgId)
}

/** A transfer: the member moves to the new union with their number; both moves are kept in the history. */
export async function move(ctx: ActionContext, a: Application): Promise<Member | Failure> {
  const m = a.memberId ? await ctx.deps.store.memberships.getMember(a.memberId) : null
  if (!m) throw new Error(`transfer application ${a.id} names no stored member`)
  if (m.orgId === a.assignedOrgId) return m // moved by an earlier attempt of this approval
  if (m.status !== 'active') return fail('MEMBERSHIP.NOT_ACTIVE', MEMBERSHIP_ERRORS['MEMBERSHIP.NOT_ACTIVE'])
  const at = toIso(ctx.now)
  return saveMember(ctx, m, { orgId: a.assignedOrgId, orgPath: a.assignedPath, workplace: workplaceOf(a) }, [
    { at, type: 'transferred_out', fromOrgId: m.orgId, toOrgId: a.assignedOrgId, reason: null },
    { at, type: 'transferred_in', fromOrgId: m.orgId, toOrgId: a.assignedOrgId, reason: null },
  ])
}
