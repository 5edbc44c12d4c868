import { closeInput, LEGAL_ERRORS } from '../../../types/legal'
import { audit } from '../../_lib/runtime/audit'
import { action } from '../../_lib/runtime/function'
import { fail } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import { loadByIdOrReceipt, notLawyer } from '../lib/access'
import { notifyAsker } from '../lib/notify'
import { saveConsultation } from '../lib/save'

/** 结束咨询: by the asker (id or receipt) or a lawyer of the holding org. Stops the clock if it still runs. */
export const close = action({
  input: closeInput,
  async handle(input, ctx) {
    const access = await loadByIdOrReceipt(ctx, input)
    const { c } = access
    if (access.as === 'officer' && !access.mayAnswer) throw notLawyer()
    if (c.status === 'closed') return fail('LEGAL.NOT_OPEN', LEGAL_ERRORS['LEGAL.NOT_OPEN'])
    const at = toIso(ctx.now)
    const lawyer = access.as === 'officer'
    const saved = await saveConsultation(ctx, c, { status: 'closed', closedAt: at, escalateAt: null }, [
      { at, type: 'closed', fromOrgId: null, toOrgId: c.assignedOrgId, actor: lawyer ? access.officer.openid : null, note: lawyer ? '律师结束咨询' : '职工结束咨询' },
    ])
    if (lawyer) {
      await audit(ctx, 'legal.close', 'consultation', c.id, { orgId: c.assignedOrgId })
      await notifyAsker(ctx, saved, 'legal.closed', '您的法律咨询已结束', '如问题已解决，欢迎评价律师的答复')
    }
    return { id: c.id, status: saved.status, closedAt: at }
  },
})
