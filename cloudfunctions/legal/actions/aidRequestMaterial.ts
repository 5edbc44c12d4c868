import { aidRequestMaterialInput } from '../../../types/legal'
import { LEGAL_ERRORS } from '../../../types/legal-labels'
import { pauseClock } from '../../_lib/domain/legal/aid'
import { action } from '../../_lib/runtime/function'
import { fail } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import { applicantView, loadAidForOfficer, saveAid } from '../lib/aid'
import { addInbox } from '../lib/notify'

/** 补充材料: the decide-by clock pauses with the working days left; no supply in 15 working days → withdrawn. */
export const aidRequestMaterial = action({
  input: aidRequestMaterialInput,
  async handle({ id, text }, ctx) {
    const { a, officer } = await loadAidForOfficer(ctx, id)
    if (a.status !== 'pending' || !a.decideBy) return fail('LEGAL.AID_NOT_PENDING', LEGAL_ERRORS['LEGAL.AID_NOT_PENDING'])
    const at = toIso(ctx.now)
    const paused = pauseClock(a.decideBy, ctx.now, await ctx.deps.calendar())
    const saved = await saveAid(ctx, a, {
      status: 'awaiting_material', decideBy: null, ...paused, escalateAt: paused.withdrawBy,
      materials: [...a.materials, { at, text, suppliedAt: null, supply: null, attachments: [] }],
    }, [{ at, type: 'material_requested', fromOrgId: null, toOrgId: a.assignedOrgId, actor: officer.openid }])
    await addInbox(ctx, { recipientKey: a.applicantKey, type: 'legal.aid_material', caseId: a.id, title: '法律援助申请需要补充材料', body: '请打开申请查看需要补充什么；补充期间审查期限暂停计算' })
    return applicantView(saved)
  },
})
