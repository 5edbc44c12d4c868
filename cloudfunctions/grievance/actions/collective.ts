import { collectiveInput } from '../../../types/grievance'
import { action } from '../../_lib/runtime/function'

/** listOpenAt is ordered by affected count; a few extra rows let retaliation cases be skipped. */
const LOOK_AT = 10

/**
 * "我也遇到了": the open case at this enterprise in this category with the most affected workers, as counts
 * only. Never the description, the reporters or anything that could point at a colleague. A retaliation
 * case (linked to an earlier one) is one worker's own matter and is never offered for joining.
 */
export const collective = action({
  input: collectiveInput,
  async handle({ enterpriseId, category }, ctx) {
    const open = await ctx.deps.store.grievances.listOpenAt(enterpriseId, category, LOOK_AT)
    const c = open.find((o) => o.linkedCaseId === null)
    return c ? { caseId: c.id, affectedCount: c.affectedCount, participantCount: c.participantCount } : null
  },
})
