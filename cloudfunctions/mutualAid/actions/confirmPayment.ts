import { confirmPaymentInput } from '../../../types/mutual-aid'
import { isFederation } from '../../_lib/domain/mutual-aid/decide'
import { inScope } from '../../_lib/domain/scope'
import { audit } from '../../_lib/runtime/audit'
import { requireOfficerFor } from '../../_lib/runtime/authz'
import type { ActionContext } from '../../_lib/runtime/deps'
import { action } from '../../_lib/runtime/function'
import { AppError } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import { enrolmentId } from '../lib/enrolment'
import { mapLimited, membersByNo } from '../lib/members'

type Outcome = { memberNo: string; status?: string; coverFrom?: string; code?: string }

/**
 * One enrolment → active in one conditional write (enrolled and in scope); only a refusal reads it, to say why.
 */
async function confirmOne(ctx: ActionContext, orgId: string, id: string, memberNo: string, reference: string): Promise<Outcome> {
  const store = ctx.deps.store.mutualAid
  const done = await store.confirmEnrolment(id, orgId, reference, toIso(ctx.now))
  if (done) return { memberNo, status: done.status, coverFrom: done.coverFrom }
  const e = await store.getEnrolment(id)
  if (!e || !inScope(orgId, e.orgPath)) return { memberNo, code: 'MUTUAL_AID.NOT_ENROLLED' }
  if (e.status === 'active') return { memberNo, status: e.status, coverFrom: e.coverFrom }
  // Still enrolled: it became so between the write and the read (nothing moves an enrolment back): a lost race.
  if (e.status === 'enrolled') return { memberNo, code: 'CONFLICT' }
  return { memberNo, code: 'MUTUAL_AID.NOT_IN_STATE' }
}

/**
 * 确认缴费: an officer of a town or city federation records the payment (a bank transfer's reference) for
 * enrolments in their scope → `active`. Already active counts as confirmed; anything else is refused per member.
 */
export const confirmPayment = action({
  input: confirmPaymentInput,
  async handle({ planId, memberNos, reference }, ctx) {
    const { org } = await requireOfficerFor(ctx, 'officer')
    if (!isFederation(org)) throw new AppError('FORBIDDEN', '只有镇（街道）总工会或市总工会才能确认缴费')
    const members = await membersByNo(ctx.deps.store, memberNos)
    const outcomes = await mapLimited([...members], ([memberNo, m]) =>
      m ? confirmOne(ctx, org.id, enrolmentId(planId, m.id), memberNo, reference) : Promise.resolve<Outcome>({ memberNo, code: 'MUTUAL_AID.NOT_ENROLLED' }))
    const confirmed = outcomes.filter((o) => !o.code).map(({ memberNo, status, coverFrom }) => ({ memberNo, status: status!, coverFrom: coverFrom! }))
    const refused = outcomes.filter((o) => o.code).map(({ memberNo, code }) => ({ memberNo, code: code! }))
    await audit(ctx, 'mutualAid.confirmPayment', 'mutual_aid_plan', planId, { orgId: org.id, confirmed: confirmed.length, refused: refused.length })
    return { planId, confirmed, refused }
  },
})
