import { deadlineLabel, queueInput } from '../../../types/grievance'
import { isLate } from '../../_lib/domain/grievance/deadlines'
import { requireOfficerFor } from '../../_lib/runtime/authz'
import { action } from '../../_lib/runtime/function'
import type { GrievanceCase } from '../../_lib/store/port'

/**
 * The officer's queue: cases assigned to the org (default: the officer's own), nearest deadline first.
 * `supervised: true` lists the 督办 cases of child orgs that this org supervises instead.
 * No reporter identity here: the case page shows it as the privacy mode allows.
 */
export const queue = action({
  input: queueInput,
  async handle({ orgId, status, overdue, supervised, after, limit }, ctx) {
    const { org } = await requireOfficerFor(ctx, 'officer', orgId)
    const { grievances } = ctx.deps.store
    const page = supervised
      ? await grievances.listSupervisedFor(org.id, after, limit ?? 20)
      : await grievances.listQueue(org.id, { status, overdue }, after, limit ?? 20)
    const row = (c: GrievanceCase) => ({
      id: c.id, category: c.category, status: c.status, urgent: c.urgent, affectedCount: c.affectedCount, participantCount: c.participantCount,
      enterpriseName: c.enterpriseName, assignedOrgId: c.assignedOrgId, acceptBy: c.acceptBy, acceptByLabel: deadlineLabel(c.acceptBy),
      resolveBy: c.resolveBy, supervised: c.supervised, overdue: c.overdue, late: isLate(c, ctx.now),
      supervisedForMe: c.supervisorOrgId === org.id,
      // 欠薪预警: opened by a wage-arrears zero-report (issue 13).
      earlyWarning: c.earlyWarning !== undefined,
    })
    return { orgId: org.id, items: page.items.map(row), next: page.next }
  },
})
