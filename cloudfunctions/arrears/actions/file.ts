import { ARREARS_ERRORS, fileInput } from '../../../types/arrears'
import { dueByOf, fileRefusal } from '../../_lib/domain/arrears/due'
import { action } from '../../_lib/runtime/function'
import { AppError, fail } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import { reportId } from '../../_lib/store/arrears-port'
import { requireFiler } from '../lib/access'
import { openEarlyWarning } from '../lib/early-warning'
import { nextReport } from '../lib/report'

/**
 * 欠薪零报告: the filer's report for an ended month (at most 12 back): 无欠薪 (`arrears: null`) or 有欠薪 with the
 * workers owed, the amount, the first month unpaid and the cause. Arrears open the month's early-warning case
 * first (idempotent by its unique key, lib/early-warning.ts), then the report is written with its caseId. A refile
 * of the month replaces the report, keeps the one before in its history and never opens a second case.
 */
export const file = action({
  input: fileInput,
  async handle(input, ctx) {
    const refused = fileRefusal(input.month, ctx.now)
    if (refused) return fail(refused, ARREARS_ERRORS[refused], { month: ARREARS_ERRORS[refused] })
    const { officer, enterprise, filerOrgId } = await requireFiler(ctx, input.enterpriseId)
    const { store } = ctx.deps
    const id = reportId(enterprise.id, input.month)
    const [before, calendar] = await Promise.all([store.arrears.getReport(id), ctx.deps.calendar()])
    const due = dueByOf(input.month, calendar)
    let caseId = before?.caseId ?? null
    if (input.arrears && !caseId) caseId = await openEarlyWarning(ctx, enterprise, input.month, id, input.arrears)
    const report = nextReport(before, {
      enterprise, month: input.month, filerOrgId, arrears: input.arrears, caseId, dueBy: due.at, filedAt: toIso(ctx.now), filedBy: officer.openid,
    })
    if (!(await store.arrears.saveReport(report))) throw new AppError('CONFLICT', '这个月的报告刚被其他人报送过，请刷新后再看')
    return {
      id, month: report.month, dueBy: due.at, dueByEstimated: due.estimated, late: report.late, refiled: before !== null,
      ...(input.arrears && caseId ? { caseId } : {}),
    }
  },
})
