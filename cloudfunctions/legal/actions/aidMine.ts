import { aidMineInput } from '../../../types/legal'
import { action } from '../../_lib/runtime/function'
import { openidOf } from '../lib/access'
import { applicantKey, applicantView } from '../lib/aid'

/** The caller's own aid applications, newest first. */
export const aidMine = action({
  input: aidMineInput,
  async handle({ cursor, limit }, ctx) {
    const page = await ctx.deps.store.legal.listAidByApplicant(applicantKey(ctx.deps.crypto, openidOf(ctx)), cursor, limit ?? 20)
    return { items: page.items.map(applicantView), next: page.next }
  },
})
