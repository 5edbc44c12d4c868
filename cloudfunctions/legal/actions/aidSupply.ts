import { aidSupplyInput } from '../../../types/legal'
import { LEGAL_ERRORS } from '../../../types/legal-labels'
import { resumeClock } from '../../_lib/domain/legal/aid'
import { action } from '../../_lib/runtime/function'
import { fail } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import { checkAttachments } from '../../grievance/lib/evidence'
import { orgInboxKey } from '../../grievance/lib/notify'
import { applicantView, loadAidForApplicant, saveAid } from '../lib/aid'
import { addInbox } from '../lib/notify'

/** The applicant supplies what was asked: the clock resumes with the working days that were left. */
export const aidSupply = action({
  input: aidSupplyInput,
  async handle({ id, text, attachments }, ctx) {
    const a = await loadAidForApplicant(ctx, id)
    if (a.status !== 'awaiting_material' || a.pausedWorkdaysLeft === null) return fail('LEGAL.AID_NOT_AWAITING', LEGAL_ERRORS['LEGAL.AID_NOT_AWAITING'])
    const badPhotos = await checkAttachments(ctx, attachments)
    if (badPhotos) return badPhotos
    const at = toIso(ctx.now)
    const due = resumeClock(a.pausedWorkdaysLeft, ctx.now, await ctx.deps.calendar())
    const materials = a.materials.map((m, i) => (i === a.materials.length - 1 ? { ...m, suppliedAt: at, supply: text, attachments } : m))
    const saved = await saveAid(ctx, a, {
      status: 'pending', decideBy: due, escalateAt: due, pausedWorkdaysLeft: null, withdrawBy: null, materials,
    }, [{ at, type: 'material_supplied', fromOrgId: null, toOrgId: a.assignedOrgId, actor: null }])
    await addInbox(ctx, { recipientKey: orgInboxKey(a.assignedOrgId), type: 'legal.aid_supplied', caseId: a.id, title: '法律援助申请人补充了材料', body: '审查期限恢复计算' })
    return applicantView(saved)
  },
})
