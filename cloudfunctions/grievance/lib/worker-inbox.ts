/**
 * A worker's own inbox is kept under keys that are deliberately unrelated: the grievance reporterKey, the membership
 * holderKey and the legal askerKey (a stored link between them would tie anonymous reports to a member's identity). The
 * inbox action merges them when the worker reads, and nothing joins them at rest.
 */
import type { ActionContext } from '../../_lib/runtime/deps'
import type { InboxItem, Page } from '../../_lib/store/port'
import { holderKey } from '../../membership/lib/keys'
import { askerKey } from '../../legal/lib/keys'
import { callerKey } from './access'

export function workerInboxKeys(ctx: ActionContext): string[] {
  const openid = (ctx.caller as { openid: string }).openid
  return [callerKey(ctx), holderKey(ctx.deps.crypto, openid), askerKey(ctx.deps.crypto, openid)]
}

/**
 * Newest first across the keys, in one read (the store merges them: `recipientKey` in the keys). Item ids are
 * time-ordered and unique, so one id cursor pages the merged list. The keys travel to the store only, never back.
 */
export async function listWorkerInbox(ctx: ActionContext, after: string | undefined, limit: number): Promise<Page<InboxItem>> {
  return ctx.deps.store.inbox.list(workerInboxKeys(ctx), after, limit)
}
