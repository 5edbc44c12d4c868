/**
 * The early-warning case (欠薪预警) a report with arrears opens: a collective wage_arrears grievance case, routed by
 * the grievance policy as a named report of `workers` affected (10 or more → the town federation), marked
 * `earlyWarning` with its report's id; the report stores the case's id (linked both ways).
 *
 * Retry safety. The case's reporter is a participant whose requestKey is a keyed hash of (enterprise, month): a unique
 * key, so of any number of attempts for one month exactly one case is ever inserted, and a later attempt is refused
 * at that key and finds the case by it. The filing writes the case first, then the report with its caseId:
 * a crash between the two leaves the case (the warning has reached its union: the safe side) and the month unfiled;
 * the filer's retry (or a refile prompted by the reminder) finds that case and writes the report.
 *
 * The reporter is the report itself (`arrears:<enterpriseId>`), not a person: no worker's inbox, "my cases" or
 * identity is involved; co-workers can still join the case (grievance.collective finds it as an open wage case).
 */
import { monthLabel, yuanLabel } from '../../../types/arrears-labels'
import type { Enterprise } from '../../../types/directory'
import { moveTo } from '../../_lib/domain/grievance/placement'
import { routeGrievance } from '../../_lib/domain/grievance/routing'
import { newReceipt } from '../../_lib/domain/grievance/receipt'
import type { ActionContext } from '../../_lib/runtime/deps'
import { randomBytesPooled as randomBytes } from '../../_lib/runtime/random'
import { shanghaiDay, toIso } from '../../_lib/runtime/time'
import type { ArrearsDetail } from '../../_lib/store/arrears-port'
import type { GrievanceCase } from '../../_lib/store/port'
import { receiptHash } from '../../grievance/lib/keys'
import { notifyOrg } from '../../grievance/lib/notify'
import { findRoot } from '../../grievance/lib/placement'

export const earlyWarningKey = (ctx: ActionContext, enterpriseId: string, month: string) =>
  ctx.deps.crypto.hash(`arrears-case:${enterpriseId}:${month}`)

const describe = (e: Enterprise, month: string, a: ArrearsDetail) =>
  `【欠薪预警】${monthLabel(month)}欠薪零报告申报：${e.name}拖欠 ${a.workers} 名职工工资，共 ${yuanLabel(a.amount)} 元，自${monthLabel(a.since)}起未发。原因：${a.cause}`

/**
 * The grievance policy for a named report of `workers` affected at `e` (grievance/lib/route.ts without its enterprise
 * read: the filing has just read the enterprise; the orgs come from the org cache on CloudBase).
 */
async function routeOf(ctx: ActionContext, e: Enterprise, workers: number) {
  const { directory } = ctx.deps.store
  const town = await directory.getOrg(e.townId)
  if (town?.type !== 'town_federation') throw new Error(`early warning: enterprise ${e.id} has no town federation ${e.townId}`)
  const root = await findRoot(ctx.deps.store, town)
  const route = routeGrievance({ town, enterprise: e, urgent: false, affectedCount: workers, privacy: 'named', root })
  const to = route.orgId === root.id ? root : route.orgId === town.id ? town : await directory.getOrg(route.orgId)
  if (!to) throw new Error(`routing chose unknown org ${route.orgId}`)
  return { to, reason: route.reason }
}

/** The id of the month's early-warning case: the one that exists, else a new one. */
export async function openEarlyWarning(ctx: ActionContext, e: Enterprise, month: string, reportId: string, a: ArrearsDetail): Promise<string> {
  const { store, crypto } = ctx.deps
  const key = earlyWarningKey(ctx, e.id, month)
  const route = await routeOf(ctx, e, a.workers)
  const calendar = await ctx.deps.calendar()
  const move = moveTo({ strictPrivacy: 'named', urgent: false, assignedOrgId: null }, route.to, {
    type: 'submitted', reason: route.reason, now: ctx.now, calendar, note: '欠薪零报告预警',
  })
  const receipt = newReceipt(randomBytes)
  const at = toIso(ctx.now)
  const c: GrievanceCase = {
    id: ctx.deps.ids(), receiptHash: receiptHash(crypto, receipt), receiptEnc: crypto.encrypt(receipt),
    enterpriseId: e.id, enterpriseName: e.name, townId: e.townId, category: 'wage_arrears', urgent: false,
    affectedCount: a.workers, strictPrivacy: 'named', description: describe(e, month, a), attachments: [], ...move.patch,
    outcome: null, summary: null, resolvedAt: null, closedAt: null, rating: null, ratingComment: null, reopenCount: 0,
    linkedCaseId: null, participantCount: 1, createdAt: at, history: [move.event], missedPaths: [], version: 1,
    earlyWarning: { arrearsReportId: reportId, month },
  }
  const created = await store.grievances.create(c, {
    caseId: c.id, reporterKey: `arrears:${e.id}`, role: 'reporter', privacy: 'named', requestKey: key, joinedAt: at,
    day: shanghaiDay(ctx.now), contactEnc: null, affectedCount: a.workers,
  })
  if (!created) {
    const first = await store.grievances.getByRequestKey(key)
    if (!first) throw new Error(`early warning for ${reportId}: refused as a duplicate but not found`)
    return first.c.id
  }
  await notifyOrg(ctx, route.to.id, c, 'grievance.received', '收到欠薪预警', '欠薪零报告申报了拖欠工资，请按时受理')
  return c.id
}
