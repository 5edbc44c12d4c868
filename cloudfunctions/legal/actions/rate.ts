import { LEGAL_ERRORS, rateInput } from '../../../types/legal'
import { action } from '../../_lib/runtime/function'
import { fail } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import { loadByIdOrReceipt } from '../lib/access'
import { saveConsultation } from '../lib/save'

/** 评价: once, by the asker (id or receipt), after the first answer: 1–5 and 解决了/没解决. */
export const rate = action({
  input: rateInput,
  async handle({ id, receipt, score, solved }, ctx) {
    const access = await loadByIdOrReceipt(ctx, { id, receipt })
    if (access.as !== 'asker') return fail('FORBIDDEN', '只有提问的职工可以评价')
    const { c } = access
    if (c.firstAnsweredAt === null) return fail('LEGAL.NOT_ANSWERED', LEGAL_ERRORS['LEGAL.NOT_ANSWERED'])
    if (c.rating !== null) return fail('LEGAL.ALREADY_RATED', LEGAL_ERRORS['LEGAL.ALREADY_RATED'])
    // Optimistic concurrency makes "once" hold when two ratings race: the second one conflicts.
    const saved = await saveConsultation(ctx, c, { rating: { score, solved } }, [
      { at: toIso(ctx.now), type: 'rated', fromOrgId: null, toOrgId: c.assignedOrgId, actor: null },
    ])
    return { id: c.id, rating: saved.rating }
  },
})
