import * as z from 'zod/mini'
import { putCalendarYearInput } from '../../../types/calendar'
import { audit } from '../../_lib/runtime/audit'
import { requireOfficer } from '../../_lib/runtime/authz'
import { action } from '../../_lib/runtime/function'
import { fail } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'

/** Only an administrator of the city federation (the root) maintains the working-day calendar. */
async function requireRootAdmin(ctx: Parameters<typeof requireOfficer>[0]) {
  const admin = await requireOfficer(ctx, 'admin')
  const org = await ctx.deps.store.directory.getOrg(admin.orgId)
  return org?.type === 'city_federation' ? admin : null
}

export const putCalendarYear = action({
  input: putCalendarYearInput,
  async handle(input, ctx) {
    const admin = await requireRootAdmin(ctx)
    if (!admin) return fail('FORBIDDEN', '只有市总工会管理员可以维护节假日安排')
    await ctx.deps.store.calendar.putYear({ ...input, updatedAt: toIso(ctx.now), updatedBy: admin.openid })
    await audit(ctx, 'calendar.putYear', 'calendar', String(input.year), {
      holidays: input.holidays.length,
      workdays: input.workdays.length,
    })
    return { year: input.year }
  },
})

export const listCalendarYears = action({
  input: z.object({}),
  access: 'public',
  async handle(_input, { deps }) {
    return { items: await deps.store.calendar.listYears() }
  },
})
