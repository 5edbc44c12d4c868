import { askInput } from '../../../types/legal'
import { action } from '../../_lib/runtime/function'
import { withQuota } from '../../_lib/runtime/quota'
import { fail, isFailure } from '../../_lib/runtime/result'
import { checkAttachments } from '../../grievance/lib/evidence'
import { callerAskerKey, openidOf } from '../lib/access'
import { consultRequestKey } from '../lib/keys'
import { consultAllowance } from '../lib/limits'
import { draftConsultation, insertConsultation } from '../lib/new-consultation'
import { resolveLegalRoute } from '../lib/route'
import { summary } from '../lib/views'

/**
 * 问律师: routed to the town federation when it has a lawyer, else the city's legal service centre; first answer
 * due in 24 clock hours. Only keyed hashes of the account are stored (anonymous: nothing else either); a named
 * asker's contact is encrypted. The same requestId again answers the first consultation.
 */
export const ask = action({
  input: askInput,
  async handle(input, ctx) {
    const { store, crypto } = ctx.deps
    const askerKey = callerAskerKey(ctx)
    const requestKey = consultRequestKey(crypto, openidOf(ctx), input.requestId)
    const first = async () => {
      const c = await store.legal.getConsultationByRequestKey(requestKey)
      return c && summary(ctx, c, (await store.directory.getOrg(c.assignedOrgId))?.name ?? c.assignedOrgId)
    }
    const badPhotos = await checkAttachments(ctx, input.attachments)
    if (badPhotos) return badPhotos
    const route = await resolveLegalRoute(store, input)
    if (isFailure(route)) return route

    const draft = draftConsultation(ctx, input, route, { askerKey, requestKey })
    // No read before the insert: a retry is told apart by the insert itself (false) and then read back.
    const out = await withQuota(ctx, consultAllowance(ctx), askerKey, () => insertConsultation(ctx, draft), (o) => o.inserted)
    if (isFailure(out)) return (await first()) ?? out // the cap used up by this very request's first try
    if (!out.inserted) return (await first()) ?? fail('CONFLICT')
    return summary(ctx, out.c, route.to.name)
  },
})
