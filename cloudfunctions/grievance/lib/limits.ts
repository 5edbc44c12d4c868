import type { ActionContext } from '../../_lib/runtime/deps'
import type { Allowance } from '../../_lib/runtime/quota'

/** Reports and joins share one allowance per worker and Shanghai day: both put the worker on a case. */
export function reportAllowance(ctx: ActionContext): Allowance {
  const max = ctx.deps.limits.dailyReportLimit
  return { name: 'reports', max, per: 'day', refusal: `每天最多提交 ${max} 条诉求，请明天再试` }
}
