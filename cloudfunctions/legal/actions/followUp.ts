import { followUpInput, LEGAL_CATEGORY_LABELS, LEGAL_ERRORS } from '../../../types/legal'
import { audit } from '../../_lib/runtime/audit'
import { action } from '../../_lib/runtime/function'
import { fail } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import type { ConsultMessage } from '../../_lib/store/legal-port'
import { checkAttachments } from '../../grievance/lib/evidence'
import { loadByIdOrReceipt, notLawyer } from '../lib/access'
import { notifyAsker } from '../lib/notify'
import { MAX_MESSAGES, saveConsultation } from '../lib/save'

/**
 * 追问 / 补充, both ways: the asker (by id, or by receipt from any account) and the org's lawyers (by id). A
 * lawyer's follow-up does not stop the answer clock (only `answer` does): it may ask the worker for details.
 * With a `requestId`, a retried send is answered with the first message; a lost race on the thread is CONFLICT.
 */
export const followUp = action({
  input: followUpInput,
  async handle(input, ctx) {
    const access = await loadByIdOrReceipt(ctx, input)
    const { c } = access
    if (access.as === 'officer' && !access.mayAnswer) throw notLawyer()
    if (c.status === 'closed') return fail('LEGAL.NOT_OPEN', LEGAL_ERRORS['LEGAL.NOT_OPEN'])
    if (c.messages.length >= MAX_MESSAGES) return fail('LEGAL.THREAD_FULL', LEGAL_ERRORS['LEGAL.THREAD_FULL'])
    const badPhotos = await checkAttachments(ctx, input.attachments)
    if (badPhotos) return badPhotos
    const lawyer = access.as === 'officer'
    // A retry of the same message (same requestId) finds it in the thread and answers it again: no second copy.
    const id = input.requestId ? `m-${ctx.deps.crypto.hash(`legal-follow-up:${c.id}:${input.requestId}`).slice(0, 24)}` : ctx.deps.ids()
    const again = c.messages.find((x) => x.id === id)
    if (again) return { id: c.id, messageId: again.id, at: again.at, status: c.status }
    const m: ConsultMessage = {
      id, at: toIso(ctx.now), from: lawyer ? 'lawyer' : 'worker', orgId: lawyer ? c.assignedOrgId : null,
      kind: 'follow_up', text: input.text, attachments: input.attachments,
    }
    const saved = await saveConsultation(ctx, c, {}, [], [m])
    if (lawyer) {
      await audit(ctx, 'legal.followUp', 'consultation', c.id, { orgId: c.assignedOrgId })
      await notifyAsker(ctx, saved, 'legal.replied', '律师回复了您的法律咨询', `${LEGAL_CATEGORY_LABELS[c.category]}：请打开咨询查看`)
    }
    return { id: c.id, messageId: m.id, at: m.at, status: saved.status }
  },
})
