/**
 * Inbox entries for legal help (the notify timer queues a subscribe message when the recipient asked for one: notify/actions/queue.ts).
 * Titles and bodies carry the category and progress only: never the question, an answer, income or identity.
 */
import { LEGAL_CATEGORY_LABELS } from '../../../types/legal-labels'
import { recordInbox } from '../../_lib/runtime/side-records'
import type { ActionContext } from '../../_lib/runtime/deps'
import { toIso } from '../../_lib/runtime/time'
import type { Consultation } from '../../_lib/store/legal-port'
import type { InboxItem } from '../../_lib/store/port'
import { orgInboxKey } from '../../grievance/lib/notify'

export async function addInbox(ctx: ActionContext, item: Omit<InboxItem, 'id' | 'at' | 'read' | 'dueAt'>) {
  const full: InboxItem = { id: ctx.deps.ids(), at: toIso(ctx.now), read: false, dueAt: null, ...item }
  await recordInbox(ctx, full)
}

/** The asker's inbox (their askerKey, anonymous askers included). */
export function notifyAsker(ctx: ActionContext, c: Consultation, type: string, title: string, body: string) {
  return addInbox(ctx, { recipientKey: c.askerKey, type, caseId: c.id, title, body })
}

/** An org's officers (lawyers have the queue). `body` defaults to the category. */
export function notifyLegalOrg(ctx: ActionContext, orgId: string, c: Consultation, type: string, title: string, body?: string) {
  return addInbox(ctx, { recipientKey: orgInboxKey(orgId), type, caseId: c.id, title, body: body ?? `法律咨询：${LEGAL_CATEGORY_LABELS[c.category]}` })
}
