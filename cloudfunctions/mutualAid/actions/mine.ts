import { mineInput } from '../../../types/mutual-aid'
import { action } from '../../_lib/runtime/function'
import { callerMemberKey } from '../lib/access'
import { mineRow } from '../lib/views'

/** 我的互助申请: newest first. */
export const mine = action({
  input: mineInput,
  async handle({ cursor, limit }, ctx) {
    const page = await ctx.deps.store.mutualAid.listClaimsByHolder(callerMemberKey(ctx), cursor, limit ?? 20)
    return { items: page.items.map(mineRow), next: page.next }
  },
})
