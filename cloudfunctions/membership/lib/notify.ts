/**
 * In-app inbox entries about membership. Titles and bodies carry progress and union names only: never a
 * person's name, ID number, phone or member number. `caseId` holds the application id, so the entry opens it.
 * A worker's entries are keyed by the holderKey, the one key of theirs the store keeps (the sweep and the
 * officers' actions have no openid to derive another from).
 */
import type { ActionContext } from '../../_lib/runtime/deps'
import { recordInbox } from '../../_lib/runtime/side-records'
import { toIso } from '../../_lib/runtime/time'
import { orgInboxKey } from '../../grievance/lib/notify'

async function add(ctx: ActionContext, recipientKey: string, type: string, applicationId: string | null, title: string, body: string) {
  const item = { id: ctx.deps.ids(), recipientKey, at: toIso(ctx.now), type, caseId: applicationId, title, body, read: false, dueAt: null }
  await recordInbox(ctx, item)
}

/** To the worker who applied (or holds the membership). */
export const notifyWorker = (ctx: ActionContext, holderKey: string, type: string, applicationId: string | null, title: string, body: string) =>
  add(ctx, holderKey, type, applicationId, title, body)

/** To every officer of an org (the org's inbox). */
export const notifyOrg = (ctx: ActionContext, orgId: string, type: string, applicationId: string | null, title: string, body: string) =>
  add(ctx, orgInboxKey(orgId), type, applicationId, title, body)
