import { enrolInput } from '../../../types/mutual-aid'
import { inScope } from '../../_lib/domain/scope'
import { audit } from '../../_lib/runtime/audit'
import { requireOfficerFor } from '../../_lib/runtime/authz'
import { action } from '../../_lib/runtime/function'
import { fail } from '../../_lib/runtime/result'
import { shanghaiDay, toIso } from '../../_lib/runtime/time'
import type { Enrolment } from '../../_lib/store/mutual-aid-port'
import { newEnrolment, outsideEnrolment } from '../lib/enrolment'
import { membersByNo } from '../lib/members'
import { readPlan } from '../lib/plans'

type Refused = { memberNo: string; code: string }

/**
 * 集体参保 by a union: an officer of the union in `orgId` (default: their own) or above enrols its active members
 * (the member's own union holds the enrolment and checks its claims), fee due, `enrolled` until a federation
 * confirms the payment. Members outside that union, unknown or not active → MUTUAL_AID.NOT_MEMBER; already
 * enrolled → MUTUAL_AID.ALREADY_ENROLLED (enrolling twice leaves one). Up to 5,000 in one call, written in batches.
 */
export const enrol = action({
  input: enrolInput,
  async handle({ planId, orgId, memberNos }, ctx) {
    const { org } = await requireOfficerFor(ctx, 'officer', orgId)
    const plan = await readPlan(ctx, planId)
    if (!plan) return fail('NOT_FOUND', '没有找到这个互助保障计划')
    const today = shanghaiDay(ctx.now)
    const closed = outsideEnrolment(plan, today)
    if (closed) return closed
    const members = await membersByNo(ctx.deps.store, memberNos)
    const at = toIso(ctx.now)
    const refused: Refused[] = []
    const fresh: Enrolment[] = []
    for (const [memberNo, m] of members) {
      if (!m || m.status !== 'active' || !inScope(org.id, m.orgPath)) refused.push({ memberNo, code: 'MUTUAL_AID.NOT_MEMBER' })
      else fresh.push(newEnrolment(plan, m, 'union', today, at))
    }
    const existing = new Set(fresh.length ? (await ctx.deps.store.mutualAid.addEnrolments(fresh)).existing : [])
    const enrolled = fresh.filter((e) => !existing.has(e.id))
    for (const e of fresh) if (existing.has(e.id)) refused.push({ memberNo: e.memberNo, code: 'MUTUAL_AID.ALREADY_ENROLLED' })
    await audit(ctx, 'mutualAid.enrol', 'mutual_aid_plan', plan.id, { orgId: org.id, enrolled: enrolled.length, refused: refused.length })
    return {
      planId: plan.id,
      enrolled: enrolled.map((e) => ({ memberNo: e.memberNo, status: e.status, coverFrom: e.coverFrom })),
      refused,
      feeDue: Math.round(enrolled.length * plan.feePerPerson * 100) / 100,
    }
  },
})
