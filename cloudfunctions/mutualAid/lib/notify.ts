/**
 * Inbox entries for mutual aid (the notify timer queues a subscribe message when the recipient asked for one: notify/actions/queue.ts).
 * Titles and bodies carry progress and the amount only: never the hospital, a diagnosis, the kind of illness,
 * invoice or account numbers, or who the member is.
 */
import { recordInbox } from '../../_lib/runtime/side-records'
import type { ActionContext } from '../../_lib/runtime/deps'
import { toIso } from '../../_lib/runtime/time'
import type { Claim } from '../../_lib/store/mutual-aid-port'
import type { InboxItem } from '../../_lib/store/port'
import { orgInboxKey } from '../../grievance/lib/notify'

async function add(ctx: ActionContext, recipientKey: string, type: string, caseId: string, title: string, body: string) {
  const item: InboxItem = { id: ctx.deps.ids(), recipientKey, at: toIso(ctx.now), type, caseId, title, body, read: false, dueAt: null }
  await recordInbox(ctx, item)
}

/** The member's inbox: their membership holderKey, which the worker's inbox already reads. */
export const notifyMember = (ctx: ActionContext, c: Claim, type: string, title: string, body: string) => add(ctx, c.holderKey, type, c.id, title, body)

export const notifyOrg = (ctx: ActionContext, orgId: string, c: Claim, type: string, title: string, body: string) => add(ctx, orgInboxKey(orgId), type, c.id, title, body)

/** An org's officers about something other than a claim (an enrolment to confirm): `id` opens it. */
export const notifyOrgAbout = (ctx: ActionContext, orgId: string, id: string, type: string, title: string, body: string) => add(ctx, orgInboxKey(orgId), type, id, title, body)

/** 1234.5 → "1,234.50" */
export const yuan = (amount: number) => amount.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
