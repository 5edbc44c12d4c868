import { ARREARS_ERRORS, BOARD_PAGE, boardInput, monthLabel } from '../../../types/arrears'
import { buildBoard } from '../../_lib/domain/arrears/board'
import { boardCsv } from '../../_lib/domain/arrears/csv'
import { boardRefusal, dueByOf } from '../../_lib/domain/arrears/due'
import { winterCampaign } from '../../_lib/domain/arrears/spring-festival'
import { requireOfficerFor } from '../../_lib/runtime/authz'
import { action } from '../../_lib/runtime/function'
import { fail } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import { townDirectory } from '../lib/town-directory'

/**
 * The month board of an org in the officer's scope (default: their own) at or below a town: every enterprise its
 * subtree files for (a town: every enterprise of the town) with filed / missing / overdue / arrears, grouped by area
 * committee, with totals. Reads the month's reports in one indexed query and the town's directory (kept warm).
 * `state` and `groupId` (`direct`: 镇直属) narrow the rows, which come a page at a time (`offset`, `limit`, `next`;
 * `matched` counts them all); the totals and groups always cover the whole board. `format: 'csv'` answers every
 * matching row as a CSV file.
 */
export const board = action({
  input: boardInput,
  async handle({ orgId, month, state, groupId, offset = 0, limit = BOARD_PAGE, format }, ctx) {
    const { org } = await requireOfficerFor(ctx, 'officer', orgId)
    const refused = boardRefusal(month, ctx.now)
    if (refused) return fail(refused, ARREARS_ERRORS[refused], { month: ARREARS_ERRORS[refused] })
    if (!org.townId) return fail('ARREARS.PICK_TOWN', ARREARS_ERRORS['ARREARS.PICK_TOWN'], { orgId: ARREARS_ERRORS['ARREARS.PICK_TOWN'] })
    const [dir, reports, calendar] = await Promise.all([
      townDirectory(ctx, org.townId), ctx.deps.store.arrears.listTownMonth(org.townId, month), ctx.deps.calendar(),
    ])
    const due = dueByOf(month, calendar)
    const built = buildBoard({ enterprises: dir.enterprises, reports, orgs: dir.orgs, scope: org, dueBy: due.at, now: toIso(ctx.now) })
    const group = groupId === undefined ? undefined : groupId === 'direct' ? null : groupId
    const rows = built.rows.filter((r) => (!state || r.state === state) && (group === undefined || r.groupId === group))
    if (format === 'csv') {
      const codes = new Map(dir.enterprises.map((e) => [e.id, e.creditCode]))
      return { filename: `欠薪零报告-${org.name}-${monthLabel(month)}.csv`, contentType: 'text/csv; charset=utf-8', csv: boardCsv(month, { rows, names: built.names }, codes) }
    }
    const page = rows.slice(offset, offset + limit)
    // The names this page and the groups need (a town's board names thousands of unions).
    const names = Object.fromEntries([...page.flatMap((r) => (r.groupId ? [r.filerOrgId, r.groupId] : [r.filerOrgId])), ...built.groups.flatMap((g) => (g.id ? [g.id] : []))]
      .map((id) => [id, built.names[id]]))
    return {
      orgId: org.id, orgName: org.name, townId: org.townId, month, dueBy: due.at, dueByEstimated: due.estimated,
      winterCampaign: winterCampaign(month), totals: built.totals, groups: built.groups, names,
      rows: page, matched: rows.length, offset, next: offset + limit < rows.length ? offset + limit : null,
    }
  },
})
