import { membersInput } from '../../../types/membership'
import { requireOfficerFor } from '../../_lib/runtime/authz'
import { action } from '../../_lib/runtime/function'
import { memberView } from '../lib/views'

/** 会员名单 of an org in the officer's scope, by member number. Names masked: the roster tells members apart, it does not identify them. */
export const members = action({
  input: membersInput,
  async handle({ orgId, after, limit }, ctx) {
    const { org } = await requireOfficerFor(ctx, 'officer', orgId)
    const page = await ctx.deps.store.memberships.listMembers(org.id, after, limit ?? 20)
    return { orgId: org.id, items: await Promise.all(page.items.map((m) => memberView(ctx, m, false, org.name))), next: page.next }
  },
})
