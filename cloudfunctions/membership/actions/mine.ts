import { mineInput } from '../../../types/membership'
import type { MineView } from '../../../types/membership-views'
import { action } from '../../_lib/runtime/function'
import { callerKeys } from '../lib/access'
import { applicationView, memberView } from '../lib/views'

/** 我的会籍: the caller's membership (current, else the most recent) and their applications, newest first. */
export const mine = action({
  input: mineInput,
  async handle({ after, limit }, ctx): Promise<MineView> {
    const { memberships } = ctx.deps.store
    const keys = callerKeys(ctx)
    const [member, page] = await Promise.all([
      memberships.getMemberByHolder(keys.holder),
      memberships.listByApplicant(keys.applicant, after, limit ?? 20),
    ])
    return {
      member: member ? await memberView(ctx, member, true) : null,
      applications: await Promise.all(page.items.map((a) => applicationView(ctx, a, 'applicant', member))),
      next: page.next,
    }
  },
})
