import { deadlineLabel, previewInput, routeExplanation } from '../../../types/grievance'
import { acceptDeadline } from '../../_lib/domain/grievance/deadlines'
import { action } from '../../_lib/runtime/function'
import { isFailure } from '../../_lib/runtime/result'
import { resolveRoute } from '../lib/route'

/**
 * The confirmation screen's "who will receive it, why, and by when" — the same policy as `submit`, nothing
 * written. The deadline assumes the report is sent now.
 */
export const preview = action({
  input: previewInput,
  async handle(input, ctx) {
    const resolved = await resolveRoute(ctx.deps.store, input)
    if (isFailure(resolved)) return resolved
    const deadline = acceptDeadline(ctx.now, input.urgent, await ctx.deps.calendar())
    return {
      orgId: resolved.to.id,
      orgName: resolved.to.name,
      routeReason: resolved.reason,
      routeExplanation: routeExplanation(resolved.reason, { kind: 'worker', privacy: input.privacy }),
      acceptBy: deadline.at,
      acceptByLabel: deadlineLabel(deadline.at),
      acceptByEstimated: deadline.estimated,
    }
  },
})
