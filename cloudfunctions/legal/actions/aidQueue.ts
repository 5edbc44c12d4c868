import { aidQueueInput } from '../../../types/legal'
import { requireOfficer } from '../../_lib/runtime/authz'
import { inScope } from '../../_lib/domain/scope'
import { action } from '../../_lib/runtime/function'
import { AppError } from '../../_lib/runtime/result'
import { queueRow } from '../lib/aid'

/** Undecided applications of an org in scope (default: the officer's own), earliest decide-by first; masked rows. */
export const aidQueue = action({
  input: aidQueueInput,
  async handle({ orgId, cursor, limit }, ctx) {
    const officer = ctx.caller.kind === 'user' ? await ctx.deps.store.officers.get(ctx.caller.openid) : null
    if (!officer) await requireOfficer(ctx, 'officer') // throws UNAUTHENTICATED / FORBIDDEN
    const org = await ctx.deps.store.directory.getOrg(orgId ?? officer!.orgId)
    if (!org || !inScope(officer!.orgId, org.path)) throw new AppError('FORBIDDEN', '该组织不在您的管辖范围内')
    ctx.actingOfficer = officer!.openid
    const page = await ctx.deps.store.legal.listAidQueue(org.id, cursor, limit ?? 20)
    return { orgId: org.id, items: page.items.map(queueRow), next: page.next }
  },
})
