import { dueByInput } from '../../../types/arrears'
import { dueByOf } from '../../_lib/domain/arrears/due'
import { action } from '../../_lib/runtime/function'

/** When a month's zero-report is due: the end of the 5th working day of the following month. */
export const dueBy = action({
  input: dueByInput,
  async handle({ month }, ctx) {
    const due = dueByOf(month, await ctx.deps.calendar())
    return { month, dueBy: due.at, estimated: due.estimated }
  },
})
