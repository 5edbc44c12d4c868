import { GRIEVANCE_ERRORS, rateInput } from '../../../types/grievance'
import { audit } from '../../_lib/runtime/audit'
import { action } from '../../_lib/runtime/function'
import { fail } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import { loadForReporter } from '../lib/access'
import { saveCase } from '../lib/save'

/**
 * 评价: once per case, after it is resolved (1–5 and a comment). The comment stays out of officer views and
 * inbox entries: a worker's own words may identify them.
 */
export const rate = action({
  input: rateInput,
  async handle({ id, score, comment }, ctx) {
    const { c } = await loadForReporter(ctx, id)
    if (c.status !== 'resolved' && c.status !== 'closed') return fail('GRIEVANCE.NOT_OPEN', '工会办结之后才能评价')
    if (c.rating !== null) return fail('GRIEVANCE.ALREADY_RATED', GRIEVANCE_ERRORS['GRIEVANCE.ALREADY_RATED'])
    const at = toIso(ctx.now)
    // Optimistic concurrency makes "once" hold when two ratings race: the second one conflicts.
    const saved = await saveCase(ctx, c, { rating: score, ratingComment: comment || null }, [{ at, type: 'rated', fromOrgId: null, toOrgId: c.assignedOrgId, reason: null }])
    await audit(ctx, 'grievance.rate', 'grievance', id, { score })
    return { id, rating: saved.rating }
  },
})
