/** New enrolments: the window they may be made in, and the record (cover dates by domain/mutual-aid/cover.ts). */
import { MUTUAL_AID_ERRORS } from '../../../types/mutual-aid-labels'
import { coverStart } from '../../_lib/domain/mutual-aid/cover'
import { fail, type Failure } from '../../_lib/runtime/result'
import type { Enrolment, Plan } from '../../_lib/store/mutual-aid-port'
import type { Member } from '../../_lib/store/port'

/** From the first day of enrolment until cover could still start before the plan ends (late ones wait). */
export function outsideEnrolment(plan: Plan, today: string): Failure | null {
  if (today >= plan.enrolFrom && coverStart(plan, today) <= plan.coverTo) return null
  return fail('MUTUAL_AID.OUTSIDE_ENROLMENT', `${MUTUAL_AID_ERRORS['MUTUAL_AID.OUTSIDE_ENROLMENT']}（${plan.enrolFrom} 至 ${plan.enrolTo}）`)
}

export const enrolmentId = (planId: string, memberId: string) => `${planId}:${memberId}`

export function newEnrolment(plan: Plan, m: Member, by: Enrolment['by'], today: string, at: string): Enrolment {
  return {
    id: enrolmentId(plan.id, m.id), planId: plan.id, memberId: m.id, memberNo: m.memberNo, holderKey: m.holderKey,
    orgId: m.orgId, orgPath: m.orgPath, by, status: 'enrolled', enrolledAt: at, feeDue: plan.feePerPerson,
    paymentReference: null, paymentConfirmedAt: null, coverFrom: coverStart(plan, today), coverTo: plan.coverTo,
    capUsed: 0, criticalUsed: false, endedOn: null, version: 1,
  }
}
