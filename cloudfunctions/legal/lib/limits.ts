import type { ActionContext } from '../../_lib/runtime/deps'
import type { Allowance } from '../../_lib/runtime/quota'

/** Consultations per worker and Shanghai day: the same daily cap as reports (UNION_DAILY_REPORT_LIMIT), counted apart. */
export function consultAllowance(ctx: ActionContext): Allowance {
  const max = ctx.deps.limits.dailyReportLimit
  return { name: 'consultations', max, per: 'day', refusal: `每天最多提交 ${max} 条法律咨询，请明天再试` }
}

/** Limitation reminder requests per worker and day (each stores up to three reminders). */
export function reminderAllowance(ctx: ActionContext): Allowance {
  const max = ctx.deps.limits.dailyReportLimit
  return { name: 'limitation-reminders', max, per: 'day', refusal: `每天最多设置 ${max} 次时效提醒，请明天再试` }
}
