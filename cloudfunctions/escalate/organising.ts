/**
 * Next-contact reminders of the organising list (issue 13 §2), in the hourly sweep: on the day an organiser set,
 * one inbox item to the organiser (to the town's officers when nobody is assigned). The reminder is cleared before
 * the item is written, so of two racing sweeps one sends it, once. The item names the enterprise: a business
 * name, not a person's.
 */
import type { ActionContext } from '../_lib/runtime/deps'
import { recordInbox } from '../_lib/runtime/side-records'
import { shanghaiDay, toIso } from '../_lib/runtime/time'
import { orgInboxKey } from '../grievance/lib/notify'
import { reporterKey } from '../grievance/lib/keys'
import type { Budget } from './budget'

export async function sendOrganisingReminders(ctx: ActionContext, budget: Budget) {
  const { store } = ctx.deps
  const day = shanghaiDay(ctx.now)
  let sent = 0
  let after: string | undefined
  for (;;) {
    const page = await store.organising.listRemindersDue(day, after, 100)
    for (const e of page.items) {
      if (budget.spent()) {
        budget.incomplete = true
        return sent
      }
      if (!e.remindAt || !(await store.organising.clearReminder(e.creditCode, e.remindAt))) continue
      const recipientKey = e.organiserOpenid ? reporterKey(ctx.deps.crypto, e.organiserOpenid) : orgInboxKey(e.areaId ?? e.townId)
      await recordInbox(ctx, {
        id: ctx.deps.ids(), recipientKey, at: toIso(ctx.now), type: 'organising.reminder', caseId: e.creditCode,
        title: '建会联系提醒', body: `今天是约定联系${e.name}的日子`, read: false, dueAt: null,
      })
      sent++
    }
    if (!page.next) return sent
    after = page.next
  }
}
