import type { ActionContext } from '../_lib/runtime/deps'
import { toIso } from '../_lib/runtime/time'
import { recordInbox } from '../_lib/runtime/side-records'
import type { Budget } from './budget'

/**
 * Retaliation check-ins, 30 and 90 days after a case is resolved: an inbox question the worker answers
 * (grievance.answerCheckin). The question names no employer and no person.
 */
export async function sendDueCheckins(ctx: ActionContext, budget: Budget): Promise<number> {
  const { store } = ctx.deps
  let sent = 0
  let after: string | undefined
  for (;;) {
    const page = await store.checkins.listDue(toIso(ctx.now), after, 100)
    for (const due of page.items) {
      if (budget.spent()) {
        budget.incomplete = true
        return sent
      }
      if (!(await store.checkins.markSent(due.id))) continue
      const item = {
        id: ctx.deps.ids(), recipientKey: due.reporterKey, at: toIso(ctx.now), type: 'grievance.checkin', caseId: due.caseId,
        title: '回访：反映问题之后，您还好吗？',
        body: '自从反映问题以来，您是否被辞退、调岗、降薪或受到其他不公平对待？如有，请点“是”，镇（街道）总工会将直接受理。',
        read: false, dueAt: null,
      }
      await recordInbox(ctx, item)
      sent++
    }
    if (!page.next) break
    after = page.next
  }
  return sent
}
