import { listOfficersInput } from '../../../types/account'
import { requireOfficerFor } from '../../_lib/runtime/authz'
import { action } from '../../_lib/runtime/function'

export const listOfficers = action({
  input: listOfficersInput,
  async handle({ orgId, after, limit }, ctx) {
    await requireOfficerFor(ctx, 'admin', orgId)
    return ctx.deps.store.officers.listByOrg(orgId, after, limit ?? 50)
  },
})
