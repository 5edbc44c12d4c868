import { inboxInput } from '../../../types/grievance'
import { can } from '../../_lib/runtime/authz'
import { action } from '../../_lib/runtime/function'
import type { InboxItem, Page } from '../../_lib/store/port'
import { orgInboxKey } from '../lib/notify'
import { listWorkerInbox } from '../lib/worker-inbox'

const item = (i: InboxItem) => ({ id: i.id, at: i.at, type: i.type, caseId: i.caseId, title: i.title, body: i.body, read: i.read })
const page = (p: Page<InboxItem>) => ({ items: p.items.map(item), next: p.next })

/**
 * 消息: the caller's own entries (as a worker: grievance and membership news), and for an officer also their org's entries, newest first.
 * Two lists with their own cursors: `after` for mine, `orgAfter` for the org's.
 */
export const inbox = action({
  input: inboxInput,
  async handle({ after, orgAfter, limit }, ctx) {
    const { store } = ctx.deps
    // Lawyers have their own channels: the org's grievance entries are for its officers.
    const officer = ctx.caller.kind === 'user' ? await store.officers.get(ctx.caller.openid) : null
    const orgKey = officer && can(officer.role, 'officer') ? orgInboxKey(officer.orgId) : null
    const [mine, org] = await Promise.all([
      listWorkerInbox(ctx, after, limit ?? 20),
      orgKey ? store.inbox.list(orgKey, orgAfter, limit ?? 20) : null,
    ])
    return { mine: page(mine), org: org && officer ? { orgId: officer.orgId, ...page(org) } : null }
  },
})
