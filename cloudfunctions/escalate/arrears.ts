/**
 * Wage-arrears zero-report reminders in the hourly sweep (issue 13): on a month's due day and on the working day
 * after it, every filer with enterprises still unreported gets one inbox item (and thereby a subscribe message,
 * queued by the notify timer) naming the month and how many are missing — never an enterprise's figures.
 * Sent at most once per filer, day kind and month: the reminder's key is recorded first (a duplicate key: already
 * sent), then the item written; a crash between loses that one reminder rather than sending it twice. Once a run
 * has gone through every town it records the day as done, so the day's later runs cost one read.
 */
import { monthLabel } from '../../types/arrears-labels'
import { missingByFiler, reminderDoneKey, reminderFor, reminderKey, type ReminderKind } from '../_lib/domain/arrears/reminders'
import type { ActionContext } from '../_lib/runtime/deps'
import { shanghaiDay, toIso } from '../_lib/runtime/time'
import { orgInboxKey } from '../grievance/lib/notify'
import { townDirectory } from '../arrears/lib/town-directory'
import { recordInbox } from '../_lib/runtime/side-records'
import type { Budget } from './budget'

const TEXT: Record<ReminderKind, (month: string, n: number) => { title: string; body: string }> = {
  due: (month, n) => ({ title: `${monthLabel(month)}欠薪零报告今天截止`, body: `还有 ${n} 家企业未报送，请在今天 24:00 前报送` }),
  overdue: (month, n) => ({ title: `${monthLabel(month)}欠薪零报告已逾期`, body: `还有 ${n} 家企业未报送，请尽快补报` }),
}

export async function sendArrearsReminders(ctx: ActionContext, budget: Budget): Promise<number> {
  const { store } = ctx.deps
  const due = reminderFor(shanghaiDay(ctx.now), await ctx.deps.calendar())
  if (!due) return 0
  const { month, kind } = due
  if (await store.arrears.hasReminder(reminderDoneKey(month, kind))) return 0
  const at = toIso(ctx.now)
  let sent = 0
  for (const town of await store.directory.listTowns()) {
    if (budget.spent()) {
      budget.incomplete = true
      return sent
    }
    const [dir, reports] = await Promise.all([townDirectory(ctx, town.id), store.arrears.listTownMonth(town.id, month)])
    for (const [filer, n] of missingByFiler(dir.enterprises, new Set(reports.map((r) => r.enterpriseId)))) {
      if (!(await store.arrears.markReminder(reminderKey(month, kind, filer), at))) continue
      const { title, body } = TEXT[kind](month, n)
      await recordInbox(ctx, { id: ctx.deps.ids(), recipientKey: orgInboxKey(filer), at, type: `arrears.${kind}`, caseId: null, title, body, read: false, dueAt: null })
      sent++
    }
  }
  await store.arrears.markReminder(reminderDoneKey(month, kind), at)
  return sent
}
