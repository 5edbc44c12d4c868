import { subscribeInput } from '../../../types/notify'
import { action } from '../../_lib/runtime/function'
import { AppError } from '../../_lib/runtime/result'
import { addQuota, recipientKeyFor } from '../lib/quota'

/**
 * The templates the user just accepted in wx.requestSubscribeMessage: one more message each may be sent to them.
 * `officer` news is recorded only for an officer (under their org's inbox key); for anyone else it is ignored.
 * Where the deployment names its templates (limits.subscribeTemplates), any other template id is not recorded.
 */
export const subscribe = action({
  input: subscribeInput,
  async handle({ accepted }, ctx) {
    if (ctx.caller.kind !== 'user') throw new AppError('UNAUTHENTICATED')
    const openid = ctx.caller.openid
    const officer = accepted.some((a) => a.kind === 'officer') ? await ctx.deps.store.officers.get(openid) : null
    const items: Array<{ kind: string; recorded: boolean; remaining: number }> = []
    const allowed = ctx.deps.limits.subscribeTemplates
    for (const { kind, templateId } of accepted) {
      const key = recipientKeyFor(ctx, kind, openid, officer)
      // The client's word is all WeChat gives us; at least it must name this deployment's template for the kind.
      if (!key || (allowed && allowed[kind] !== templateId)) items.push({ kind, recorded: false, remaining: 0 })
      else items.push({ kind, recorded: true, remaining: await addQuota(ctx, key, kind, templateId, openid) })
    }
    return { items }
  },
})
