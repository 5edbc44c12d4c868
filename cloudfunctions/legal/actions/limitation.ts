import { limitationInput } from '../../../types/legal'
import { dayLabel } from '../../../types/legal/days'
import { action } from '../../_lib/runtime/function'
import { isFailure } from '../../_lib/runtime/result'
import { runClock } from '../lib/limitation'

/**
 * 仲裁时效计算 (public; the page runs the same module offline): the last day to apply for arbitration on the
 * working-day calendar, days left from today (Shanghai), urgent under 7 days, and the explanation with its basis.
 */
export const limitation = action({
  input: limitationInput,
  access: 'public',
  async handle(input, ctx) {
    const out = await runClock(ctx, input)
    if (isFailure(out)) return out
    const { clock } = out
    return { ...clock, deadlineLabel: clock.deadline ? dayLabel(clock.deadline) : null }
  },
})
