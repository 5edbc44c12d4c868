import { mineInput } from '../../../types/arrears'
import type { Enterprise } from '../../../types/directory'
import { addMonths, dueByOf, monthOf } from '../../_lib/domain/arrears/due'
import { filerOf } from '../../_lib/domain/arrears/filer'
import { requireOfficerFor } from '../../_lib/runtime/authz'
import type { ActionContext } from '../../_lib/runtime/deps'
import { action } from '../../_lib/runtime/function'
import { AppError } from '../../_lib/runtime/result'
import { reportView } from '../lib/report'
import { townDirectory } from '../lib/town-directory'

/** The enterprises `orgId` files for: of its town, or (a joint union above towns) of every town. */
async function filedFor(ctx: ActionContext, org: { id: string; townId: string | null }): Promise<Enterprise[]> {
  const towns = org.townId ? [org.townId] : (await ctx.deps.store.directory.listTowns()).map((t) => t.id)
  const dirs = await Promise.all(towns.map((t) => townDirectory(ctx, t)))
  return dirs.flatMap((d) => d.enterprises.filter((e) => filerOf(e) === org.id))
}

/**
 * The filer's own page: the enterprises the caller's union files for, the month to file now (the last ended one) with
 * its due time, and the reports of one enterprise (`enterpriseId`, default the first), newest month first. An
 * enterprise union sees only its own enterprise's reports.
 */
export const mine = action({
  input: mineInput,
  async handle({ enterpriseId }, ctx) {
    const { org } = await requireOfficerFor(ctx, 'officer')
    const enterprises = await filedFor(ctx, org)
    const chosen = enterpriseId ? enterprises.find((e) => e.id === enterpriseId) : enterprises[0]
    if (enterpriseId && !chosen) throw new AppError('FORBIDDEN', '这家企业不由您的工会报送')
    const month = addMonths(monthOf(ctx.now), -1)
    const [reports, calendar] = await Promise.all([
      chosen ? ctx.deps.store.arrears.listByEnterprise(chosen.id, 13) : [], ctx.deps.calendar(),
    ])
    const due = dueByOf(month, calendar)
    return {
      orgId: org.id, orgName: org.name,
      enterprises: enterprises.map((e) => ({ id: e.id, name: e.name, creditCode: e.creditCode })),
      enterpriseId: chosen?.id ?? null, month, dueBy: due.at, dueByEstimated: due.estimated,
      reports: reports.map(reportView),
    }
  },
})
