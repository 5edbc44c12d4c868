import { markReadInput } from '../../../types/grievance'
import { can } from '../../_lib/runtime/authz'
import { action } from '../../_lib/runtime/function'
import { AppError } from '../../_lib/runtime/result'
import { orgInboxKey } from '../lib/notify'
import { workerInboxKeys } from '../lib/worker-inbox'

/** Marks one of the caller's own entries, or one of their org's, as read. Anyone else's does not exist. */
export const markRead = action({
  input: markReadInput,
  async handle({ id }, ctx) {
    const { store } = ctx.deps
    const item = await store.inbox.get(id)
    // Lawyers have their own channels: the org's grievance entries are for its officers.
    const officer = ctx.caller.kind === 'user' ? await store.officers.get(ctx.caller.openid) : null
    const orgKey = officer && can(officer.role, 'officer') ? orgInboxKey(officer.orgId) : null
    const mine = item !== null && (workerInboxKeys(ctx).includes(item.recipientKey) || item.recipientKey === orgKey)
    if (!mine) throw new AppError('NOT_FOUND', '没有找到这条消息')
    await store.inbox.markRead(id)
    return { id, read: true }
  },
})
