import { answerInput, LEGAL_CATEGORY_LABELS, LEGAL_ERRORS } from '../../../types/legal'
import { action } from '../../_lib/runtime/function'
import { fail } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import type { ConsultMessage, Consultation } from '../../_lib/store/legal-port'
import { loadForLawyer } from '../lib/access'
import { notifyAsker } from '../lib/notify'
import { MAX_MESSAGES, saveConsultation } from '../lib/save'

/**
 * 答复 (≥ 10 characters) by the lawyer who holds it, or any lawyer of the org when nobody does (answering claims
 * it). The first answer stops the clock; later answers add to the thread.
 */
export const answer = action({
  input: answerInput,
  async handle({ id, text }, ctx) {
    const { c, officer } = await loadForLawyer(ctx, id)
    if (c.status === 'closed') return fail('LEGAL.NOT_OPEN', LEGAL_ERRORS['LEGAL.NOT_OPEN'])
    if (c.claimedBy !== null && c.claimedBy !== officer.openid) return fail('LEGAL.ALREADY_CLAIMED', LEGAL_ERRORS['LEGAL.ALREADY_CLAIMED'])
    if (c.messages.length >= MAX_MESSAGES) return fail('LEGAL.THREAD_FULL', LEGAL_ERRORS['LEGAL.THREAD_FULL'])
    const at = toIso(ctx.now)
    const first = c.firstAnsweredAt === null
    const m: ConsultMessage = { id: ctx.deps.ids(), at, from: 'lawyer', orgId: c.assignedOrgId, kind: 'answer', text, attachments: [] }
    const patch: Partial<Consultation> = {
      status: 'answered', claimedBy: officer.openid, claimedAt: c.claimedAt ?? at,
      ...(first ? { firstAnsweredAt: at, escalateAt: null } : {}),
    }
    // The history entry (with the lawyer as actor) is the audit line: one write, no separate audit row (issue 10).
    const saved = await saveConsultation(ctx, c, patch, [{ at, type: 'answered', fromOrgId: null, toOrgId: c.assignedOrgId, actor: officer.openid, ...(first ? {} : { note: 'again' }) }], [m])
    await notifyAsker(ctx, saved, 'legal.answered', '律师已答复您的法律咨询', `${LEGAL_CATEGORY_LABELS[c.category]}：请打开咨询查看答复`)
    return { id, status: saved.status, messageId: m.id, firstAnsweredAt: saved.firstAnsweredAt }
  },
})
