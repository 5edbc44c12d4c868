/**
 * What approving does to the member record. A join writes member and application together (approveJoin); a
 * transfer moves the member, then decides the application — two writes, each safe to repeat: a retry after a
 * crash between them finds the member moved and goes on to the application.
 */
import { MEMBERSHIP_ERRORS } from '../../../types/membership-labels'
import { formatMemberNo } from '../../_lib/domain/membership/member-no'
import type { ActionContext } from '../../_lib/runtime/deps'
import { AppError, fail, type Failure } from '../../_lib/runtime/result'
import { shanghaiDay, toIso } from '../../_lib/runtime/time'
import type { Application, Member, Workplace } from '../../_lib/store/port'
import { ACCOUNT_HOLDS_CARD } from './identity'
import { secretsOf } from './person'
import { saveMember } from './save'

export function workplaceOf(a: Application): Workplace {
  const { enterpriseId, enterpriseName, townId, noFixedEmployer, occupation, residenceTownId, employerBlind } = a
  return { enterpriseId, enterpriseName, townId, noFixedEmployer, occupation, residenceTownId, employerBlind }
}

/** Member numbers drawn for one approval when the sequence turns out to be behind (a number already taken). */
const NUMBER_ATTEMPTS = 3

/**
 * A first join: the member (the application's id) and the decided application `decided` are written together
 * (approveJoin: one write on CloudBase, one transaction on SQLite), so there is no half-done approval. The store
 * refuses it when the ID number's membership or another pending application stands — a flagged join's real holder —
 * (IDENTITY_CONFLICT: the officer verifies the person face to face; the real holder leaving, or that application
 * ending, clears it) or when the account holds a current membership (one card per account).
 */
export async function enrol(ctx: ActionContext, a: Application, decided: Application): Promise<Member | Failure> {
  const { memberships } = ctx.deps.store
  const at = toIso(ctx.now)
  for (let attempt = 1; ; attempt++) {
    const m: Member = {
      ...secretsOf(a), id: a.id, memberNo: formatMemberNo(await memberships.nextMemberSeq()), holderKey: a.holderKey,
      orgId: a.assignedOrgId, orgPath: a.assignedPath, status: 'active', since: shanghaiDay(ctx.now), statusReason: null,
      applicationId: a.id, workplace: workplaceOf(a),
      history: [{ at, type: 'approved', fromOrgId: null, toOrgId: a.assignedOrgId, reason: null }], updatedAt: at, version: 1,
    }
    const done = await memberships.approveJoin(decided, m)
    if (done.ok) return done.member
    switch (done.reason) {
      case 'CONFLICT':
        throw new AppError('CONFLICT', '这份申请刚被其他人处理过，请刷新后再试')
      case 'IDENTITY_TAKEN':
        return fail('MEMBERSHIP.IDENTITY_CONFLICT', MEMBERSHIP_ERRORS['MEMBERSHIP.IDENTITY_CONFLICT'])
      case 'HOLDER_MEMBER':
        return fail('MEMBERSHIP.ALREADY_MEMBER', ACCOUNT_HOLDS_CARD)
      case 'NUMBER_TAKEN':
        if (attempt >= NUMBER_ATTEMPTS) throw new Error('member numbers drawn from the sequence are taken: is the counter behind?')
    }
  }
}

/**
 * A transfer's first write is done (the member sits at the new union) while the application is still pending: a
 * crash between the two writes. Only approving may finish it. A join has no such state: its approval is one write.
 */
export async function approvalUnderWay(ctx: ActionContext, a: Application): Promise<boolean> {
  if (a.kind === 'join' || !a.memberId) return false
  const m = await ctx.deps.store.memberships.getMember(a.memberId)
  return m !== null && m.orgId === a.assignedOrgId
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
