import { aidDecideInput } from '../../../types/legal'
import { LEGAL_ERRORS } from '../../../types/legal-labels'
import { action } from '../../_lib/runtime/function'
import { fail } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import { applicantView, loadAidForOfficer, saveAid } from '../lib/aid'
import { addInbox } from '../lib/notify'

const NOT_A_LAWYER = '请选择受理工会的律师承办'

/**
 * 援助决定: grant (an assigned lawyer of the receiving org; the form is the application's help unless given) or
 * refuse with a reason code, a Chinese explanation and the next routes. Two decisions at once → one wins.
 */
export const aidDecide = action({
  input: aidDecideInput,
  async handle(input, ctx) {
    const { a, officer } = await loadAidForOfficer(ctx, input.id)
    if (a.status !== 'pending' && a.status !== 'awaiting_material') return fail('LEGAL.AID_NOT_PENDING', LEGAL_ERRORS['LEGAL.AID_NOT_PENDING'])
    if (input.decision === 'grant') {
      const lawyer = await ctx.deps.store.officers.get(input.lawyerOpenid!)
      if (!lawyer || lawyer.role !== 'lawyer' || lawyer.orgId !== a.assignedOrgId) return fail('VALIDATION', NOT_A_LAWYER, { lawyerOpenid: NOT_A_LAWYER })
    }
    const at = toIso(ctx.now)
    const granted = input.decision === 'grant'
    const saved = await saveAid(ctx, a, {
      status: granted ? 'granted' : 'refused', decidedAt: at, escalateAt: null, pausedWorkdaysLeft: null, withdrawBy: null,
      decision: {
        decision: input.decision, reasonCode: granted ? null : input.reasonCode!, lawyerOpenid: granted ? input.lawyerOpenid! : null,
        form: granted ? (input.form ?? a.help) : [], note: input.note, at, by: officer.openid,
      },
    }, [{ at, type: granted ? 'granted' : 'refused', fromOrgId: null, toOrgId: a.assignedOrgId, actor: officer.openid }])
    await addInbox(ctx, { recipientKey: a.applicantKey, type: 'legal.aid_decided', caseId: a.id, title: '法律援助申请有结果了', body: '请打开申请查看决定' })
    return applicantView(saved)
  },
})
