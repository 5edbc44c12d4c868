import { plansInput } from '../../../types/mutual-aid'
import { action } from '../../_lib/runtime/function'
import { planView } from '../lib/views'

/** 互助保障计划: newest cover year first (anyone signed in: a member reads what a plan pays before joining). */
export const plans = action({
  input: plansInput,
  async handle({ cursor, limit }, ctx) {
    const page = await ctx.deps.store.mutualAid.listPlans(cursor, limit ?? 20)
    return { items: page.items.map(planView), next: page.next }
  },
})
