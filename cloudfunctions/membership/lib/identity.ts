/**
 * Who the ID number on an application belongs to, as far as the caller may learn it, and how often an
 * account may apply. The specific answers (ALREADY_MEMBER, ALREADY_APPLIED) are given only about the
 * caller's OWN records: anyone could otherwise test any ID number for membership (an employer holds every
 * employee's), which would defeat joining employer-blind. Another account's number is filed flagged instead.
 * The store decides which applies, atomically, when the application is inserted (createApplication's refusals);
 * the messages are here.
 */
import { DAILY_APPLICATION_LIMIT, MEMBERSHIP_ERRORS, type ApplicationKind } from '../../../types/membership-labels'
import type { Allowance } from '../../_lib/runtime/quota'
import { fail, type Failure } from '../../_lib/runtime/result'

export const ACCOUNT_HOLDS_CARD = '这个微信账号已经有会员证。换了工作单位请用“会籍转接”，不需要重新入会。'
export const ACCOUNT_PENDING = '您已有一份申请正在审核，请等待审核结果后再提交新的申请。'

export const alreadyMember = (message: string = MEMBERSHIP_ERRORS['MEMBERSHIP.ALREADY_MEMBER']) =>
  fail('MEMBERSHIP.ALREADY_MEMBER', message, { idNumber: message })

/** ALREADY_APPLIED about the caller's own ID number (on the form's field for a join). */
export function alreadyApplied(kind: ApplicationKind): Failure {
  const message = MEMBERSHIP_ERRORS['MEMBERSHIP.ALREADY_APPLIED']
  return fail('MEMBERSHIP.ALREADY_APPLIED', message, kind === 'join' ? { idNumber: message } : undefined)
}

/**
 * At most DAILY_APPLICATION_LIMIT filed applications (joins and transfers) per account (applicantKey) per Shanghai
 * day: a unit of the atomic quota (runtime/quota.ts) taken before the insert, given back when nothing was filed. The
 * take answers "used up" itself (RATE_LIMITED), so no count is read first.
 */
export const APPLICATIONS: Allowance = {
  name: 'applications', max: DAILY_APPLICATION_LIMIT, per: 'day',
  refusal: `每天最多提交 ${DAILY_APPLICATION_LIMIT} 份入会或转接申请，请明天再试`,
}
