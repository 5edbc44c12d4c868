import { deadlineLabel, mineInput } from '../../../types/grievance'
import { action } from '../../_lib/runtime/function'
import { callerKey } from '../lib/access'

/** 我的诉求: cases the worker reported or joined, newest first. */
export const mine = action({
  input: mineInput,
  async handle({ after, limit }, ctx) {
    const page = await ctx.deps.store.grievances.listByReporter(callerKey(ctx), after, limit ?? 20)
    const cases = await Promise.all(page.items.map((p) => ctx.deps.store.grievances.get(p.caseId)))
    const items = cases.flatMap((c, i) =>
      c
        ? [{
            id: c.id, role: page.items[i].role, category: c.category, status: c.status, enterpriseName: c.enterpriseName,
            createdAt: c.createdAt, acceptBy: c.acceptBy, acceptByLabel: deadlineLabel(c.acceptBy), supervised: c.supervised,
          }]
        : [],
    )
    return { items, next: page.next }
  },
})
