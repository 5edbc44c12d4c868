/**
 * Who the ID number on an application belongs to, as far as the caller may learn it, and how often an
 * account may apply. The specific answers (ALREADY_MEMBER, ALREADY_APPLIED) are given only about the
 * caller's OWN records: anyone could otherwise test any ID number for membership (an employer holds every
 * employee's), which would defeat joining employer-blind. Another account's number is filed flagged instead.
 */
import { DAILY_APPLICATION_LIMIT, MEMBERSHIP_ERRORS } from '../../../types/membership-labels'
import type { ActionContext } from '../../_lib/runtime/deps'
import { usedUp, type Allowance } from '../../_lib/runtime/quota'
import { fail, type Failure } from '../../_lib/runtime/result'
import { alreadyApplied } from './application'

export const ACCOUNT_HOLDS_CARD = '这个微信账号已经有会员证。换了工作单位请用“会籍转接”，不需要重新入会。'

export const alreadyMember = (message: string = MEMBERSHIP_ERRORS['MEMBERSHIP.ALREADY_MEMBER']) =>
  fail('MEMBERSHIP.ALREADY_MEMBER', message, { idNumber: message })

/**
 * `conflict`: the number has a current membership or a pending (non-flagged) application of another account.
 * The caller's own current membership, or own pending application for this number, is a specific refusal.
 */
export async function identityOf(ctx: ActionContext, holder: string, idHash: string): Promise<{ conflict: boolean } | Failure> {
  const { memberships } = ctx.deps.store
  const [byHolder, byId, pending] = await Promise.all([
    memberships.getMemberByHolder(holder),
    memberships.getMemberByIdHash(idHash),
    memberships.getPendingApplication(idHash),
  ])
  if (byHolder && byHolder.status !== 'left') return alreadyMember(byId?.holderKey === holder ? undefined : ACCOUNT_HOLDS_CARD)
  if (pending?.holderKey === holder) return alreadyApplied('join')
  return { conflict: byId !== null || pending !== null }
}

/**
 * At most DAILY_APPLICATION_LIMIT filed applications (joins and transfers) per account (applicantKey) per Shanghai
 * day: a unit of the atomic quota (runtime/quota.ts) taken before the insert, given back when nothing was filed.
 */
export const APPLICATIONS: Allowance = {
  name: 'applications', max: DAILY_APPLICATION_LIMIT, per: 'day',
  refusal: `每天最多提交 ${DAILY_APPLICATION_LIMIT} 份入会或转接申请，请明天再试`,
}

/** The early answer (before any other check) once today's allowance is used up; the insert takes the unit itself. */
export const overDailyLimit = (ctx: ActionContext, applicant: string): Promise<Failure | null> => usedUp(ctx, APPLICATIONS, applicant)
