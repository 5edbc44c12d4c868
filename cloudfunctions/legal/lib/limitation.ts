/**
 * The arbitration limitation clock as the function runs it: the same pure module as the page
 * (types/legal/limitation.ts) on the function's working-day calendar, after the dates are checked against today.
 */
import { LEGAL_ERRORS } from '../../../types/legal-labels'
import { limitationClock, type Limitation, type LimitationInput } from '../../../types/legal/limitation'
import type { ActionContext } from '../../_lib/runtime/deps'
import { fail, type Failure } from '../../_lib/runtime/result'
import { shanghaiDay } from '../../_lib/runtime/time'

type Dates = { knewAt: string; interruptions: string[] }

/** A day that has not come yet cannot be when the worker knew, or when a demand or complaint was made. */
export function futureDates(input: Dates, today: string): Failure | null {
  const fields: Record<string, string> = {}
  if (input.knewAt > today) fields.knewAt = '知道权利被侵害的日期不能晚于今天'
  input.interruptions.forEach((d, i) => {
    if (d > today) fields[`interruptions.${i}`] = '时效中断的日期不能晚于今天'
  })
  const first = Object.values(fields)[0]
  return first ? fail('LEGAL.FUTURE_DATE', `${LEGAL_ERRORS['LEGAL.FUTURE_DATE']}：${first}`, fields) : null
}

export async function runClock(ctx: ActionContext, input: LimitationInput & Dates): Promise<{ today: string; clock: Limitation } | Failure> {
  const today = shanghaiDay(ctx.now)
  const bad = futureDates(input, today)
  if (bad) return bad
  const calendar = await ctx.deps.calendar()
  return { today, clock: limitationClock(input, today, (d) => calendar.isWorkday(d)) }
}
