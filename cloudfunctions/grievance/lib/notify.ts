/**
 * In-app inbox entries (subscribe messages are one-time per tap, so the inbox is the reliable channel).
 * Titles and bodies carry the category and the case's progress only: never names, phones, ID numbers or the
 * description.
 */
import { CATEGORY_LABELS } from '../../../types/grievance'
import type { ActionContext } from '../../_lib/runtime/deps'
import { toIso } from '../../_lib/runtime/time'
import type { GrievanceCase, Participant } from '../../_lib/store/port'
import { recordInbox } from '../../_lib/runtime/side-records'

export const orgInboxKey = (orgId: string) => `org:${orgId}`

async function add(ctx: ActionContext, recipientKey: string, type: string, c: GrievanceCase, title: string, body: string) {
  const item = { id: ctx.deps.ids(), recipientKey, at: toIso(ctx.now), type, caseId: c.id, title, body, read: false, dueAt: null }
  await recordInbox(ctx, item) // written when the action ends; the notify timer queues the subscribe message
}

/**
 * Every worker on the case (reporter and joiners) gets the entry. `people`: the participants when the caller has
 * just read or written them (on CloudBase each read is a round trip).
 */
export async function notifyWorkers(
  ctx: ActionContext, c: GrievanceCase, type: string, title: string, body: string, people?: readonly Participant[],
) {
  for (const p of people ?? (await ctx.deps.store.grievances.listParticipants(c.id))) await add(ctx, p.reporterKey, type, c, title, body)
}

/** `body` defaults to the category and a reminder to accept in time; never pass a message's text. */
export async function notifyOrg(ctx: ActionContext, orgId: string, c: GrievanceCase, type: string, title: string, body?: string) {
  await add(ctx, orgInboxKey(orgId), type, c, title, body ?? `${CATEGORY_LABELS[c.category as keyof typeof CATEGORY_LABELS] ?? '诉求'}，请按时受理`)
}
