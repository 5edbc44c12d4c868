import { queueInput } from '../../../types/membership'
import { requireOfficerFor } from '../../_lib/runtime/authz'
import { action } from '../../_lib/runtime/function'
import { queueItem } from '../lib/views'

/** The officer's queue: applications assigned to the org (default: the officer's own), nearest review-by first. */
export const queue = action({
  input: queueInput,
  async handle({ orgId, status, overdue, after, limit }, ctx) {
    const { org } = await requireOfficerFor(ctx, 'officer', orgId)
    const page = await ctx.deps.store.memberships.listQueue(org.id, { status, overdue }, after, limit ?? 20)
    return { orgId: org.id, items: page.items.map((a) => queueItem(a, ctx.now)), next: page.next }
  },
})
