import { limitationRemindInput } from '../../../types/legal'
import { addDays } from '../../../types/legal/days'
import { action } from '../../_lib/runtime/function'
import { withQuota } from '../../_lib/runtime/quota'
import { isFailure } from '../../_lib/runtime/result'
import type { LimitationReminder } from '../../_lib/store/legal-port'
import { callerAskerKey, openidOf } from '../lib/access'
import { reminderRequestKey } from '../lib/keys'
import { reminderAllowance } from '../lib/limits'
import { runClock } from '../lib/limitation'

/** Days before the deadline a reminder is sent. */
export const REMINDER_DAYS = [60, 30, 7] as const

/**
 * 时效提醒: reminders at 60, 30 and 7 days before the deadline (those already past are skipped), to the caller's
 * inbox (and a subscribe message) by the hourly sweep. Stored without the question, income or identity: the
 * caller's key, the days and the category. The same requestId again adds nothing.
 */
export const limitationRemind = action({
  input: limitationRemindInput,
  async handle(input, ctx) {
    const out = await runClock(ctx, input)
    if (isFailure(out)) return out
    const { today, clock } = out
    const deadline = clock.deadline
    if (deadline === null || clock.expired) return { deadline, daysLeft: clock.daysLeft, reminders: [] }
    const openid = openidOf(ctx)
    const recipientKey = callerAskerKey(ctx)
    const reminders: LimitationReminder[] = REMINDER_DAYS.map((daysBefore) => ({ daysBefore, dueDay: addDays(deadline, -daysBefore) }))
      .filter((r) => r.dueDay >= today)
      .map((r) => ({
        id: ctx.deps.ids(), requestKey: reminderRequestKey(ctx.deps.crypto, openid, input.requestId, r.daysBefore), recipientKey,
        dueDay: r.dueDay, deadline, daysBefore: r.daysBefore, category: input.category, sentAt: null,
      }))
    if (reminders.length) {
      const stored = await withQuota(ctx, reminderAllowance(ctx), recipientKey, () => ctx.deps.store.legal.addReminders(reminders), () => true)
      if (isFailure(stored)) return stored
    }
    return { deadline, daysLeft: clock.daysLeft, reminders: reminders.map((r) => ({ dueDay: r.dueDay, daysBefore: r.daysBefore })) }
  },
})
