import * as z from 'zod/mini'
import { putCalendarYearInput } from '../../../types/calendar'
import { audit } from '../../_lib/runtime/audit'
import { requireOfficer } from '../../_lib/runtime/authz'
import { action } from '../../_lib/runtime/function'
import { fail } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import { officialCalendarData } from '../../_lib/calendar/official'
import { mergeCalendarData } from '../../_lib/domain/calendar'

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

/**
 * The working-day calendar as the functions use it (official package data merged with administrator-loaded years),
 * for pages that compute deadlines on the device (the legal toolkit's limitation clock): the years around now.
 */
export const workCalendar = action({
  input: z.object({}),
  access: 'public',
  async handle(_input, { deps, now }) {
    const year = now.getUTCFullYear()
    const data = mergeCalendarData(officialCalendarData(), await deps.store.calendar.listYears())
    const within = (day: string) => Math.abs(Number(day.slice(0, 4)) - year) <= 2
    return {
      years: data.years.filter((y) => Math.abs(y - year) <= 2),
      holidays: data.holidays.filter(within),
      workdays: data.workdays.filter(within),
    }
  },
})
