import { collectiveInput } from '../../../types/grievance'
import { action } from '../../_lib/runtime/function'
import { requireNotOfficer } from '../lib/access'

/** listOpenAt is ordered by affected count; extra rows let protected and retaliation cases be skipped. */
const LOOK_AT = 20

/**
 * "我也遇到了": the open case at this enterprise in this category with the most affected workers, as counts
 * only. Never the description, the reporters or anything that could point at a colleague. Offered only for a
 * case whose every participant is named (its placement privacy is `named`): an employer-blind or anonymous
 * case must not be discoverable by anyone who can enter an enterprise id, and never to an officer account.
 * A retaliation case (linked to an earlier one) is one worker's own matter and is never offered either.
 */
export const collective = action({
  input: collectiveInput,
  async handle({ enterpriseId, category }, ctx) {
    await requireNotOfficer(ctx)
    const open = await ctx.deps.store.grievances.listOpenAt(enterpriseId, category, LOOK_AT)
    const c = open.find((o) => o.linkedCaseId === null && o.strictPrivacy === 'named')
    return c ? { caseId: c.id, affectedCount: c.affectedCount, participantCount: c.participantCount } : null
  },
})
