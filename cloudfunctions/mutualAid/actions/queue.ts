import { queueInput } from '../../../types/mutual-aid'
import { requireOfficerFor } from '../../_lib/runtime/authz'
import { action } from '../../_lib/runtime/function'
import { queueRow } from '../lib/views'

/**
 * Claims waiting on an org in scope (default: the officer's own): `review` — submitted to the union that checks
 * documents; `approve` — checked, at the approving federation, earliest decide-by first; `pay` — approved, to pay.
 * Rows carry no health detail.
 */
export const queue = action({
  input: queueInput,
  async handle({ orgId, stage, cursor, limit }, ctx) {
    const { org } = await requireOfficerFor(ctx, 'officer', orgId)
    const page = await ctx.deps.store.mutualAid.listClaimQueue(org.id, stage, cursor, limit ?? 20)
    return { orgId: org.id, stage, items: page.items.map(queueRow), next: page.next }
  },
})
