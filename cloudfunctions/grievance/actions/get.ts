import { getInput } from '../../../types/grievance'
import { audit } from '../../_lib/runtime/audit'
import { action } from '../../_lib/runtime/function'
import { loadForOfficer, loadForWorker } from '../lib/access'
import { officerView, workerView } from '../lib/views'

/** A worker on the case sees the worker view; an officer who may see the case sees the officer view. */
export const get = action({
  input: getInput,
  async handle({ id }, ctx) {
    const officer = ctx.caller.kind === 'user' ? await ctx.deps.store.officers.get(ctx.caller.openid) : null
    if (!officer) {
      const { c, me } = await loadForWorker(ctx, id)
      return workerView(ctx, c, me)
    }
    const { org, c, people } = await loadForOfficer(ctx, id, officer)
    const view = await officerView(ctx, c, org, people)
    if (view.reporters.some((r) => r.visible)) await audit(ctx, 'grievance.viewReporter', 'grievance', c.id, { orgId: org.id })
    return view
  },
})
