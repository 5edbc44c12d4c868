/** What a worker and what an officer see of a case. Reporter identity only as each participant's privacy allows. */
import type { Org } from '../../../types/directory'
import { deadlineLabel, routeExplanation, strictestChoice } from '../../../types/grievance'
import { isSupervisedFor, reporterView } from '../../_lib/domain/grievance/visibility'
import { pathIds } from '../../_lib/domain/scope'
import type { ActionContext } from '../../_lib/runtime/deps'
import { orgsForDisplay } from '../../_lib/store/org-cache'
import type { GrievanceCase, Participant } from '../../_lib/store/port'
import { photoLinks } from './evidence'

/** Names of every org the case has been at, for the timeline. */
async function orgNames(ctx: ActionContext, c: GrievanceCase): Promise<Record<string, string>> {
  const ids = new Set<string>([c.assignedOrgId, ...pathIds(c.assignedPath)])
  c.history.forEach((h) => [h.fromOrgId, h.toOrgId].forEach((id) => id && ids.add(id)))
  const orgs = await orgsForDisplay(ctx.deps.store.directory, [...ids])
  return Object.fromEntries(orgs.map((o) => [o.id, o.name]))
}

function common(c: GrievanceCase, names: Record<string, string>) {
  return {
    id: c.id,
    status: c.status,
    category: c.category,
    urgent: c.urgent,
    enterpriseName: c.enterpriseName,
    affectedCount: c.affectedCount,
    participantCount: c.participantCount,
    assignedOrgId: c.assignedOrgId,
    assignedOrgName: names[c.assignedOrgId] ?? c.assignedOrgId,
    routeReason: c.routeReason,
    acceptBy: c.acceptBy,
    acceptByLabel: deadlineLabel(c.acceptBy),
    acceptByEstimated: c.acceptByEstimated,
    resolveBy: c.resolveBy,
    resolveByLabel: c.resolveBy ? deadlineLabel(c.resolveBy) : null,
    paused: c.pausedSince !== null,
    supervised: c.supervised,
    overdue: c.overdue,
    outcome: c.outcome,
    summary: c.summary,
    resolvedAt: c.resolvedAt,
    rating: c.rating,
    linkedCaseId: c.linkedCaseId,
    // 欠薪预警: the zero-report this case came from (issue 13), else null.
    earlyWarning: c.earlyWarning ?? null,
    createdAt: c.createdAt,
    history: c.history,
    orgNames: names,
  }
}

export async function workerView(ctx: ActionContext, c: GrievanceCase, me: Participant | null) {
  const names = await orgNames(ctx, c)
  const mine = me?.role === 'reporter'
  return {
    ...common(c, names),
    // The worker's own words: "您选择了“匿名”…" names their choice, never a co-worker's.
    routeExplanation: routeExplanation(c.routeReason, { kind: 'worker', privacy: me?.privacy ?? null }),
    role: me?.role ?? null,
    privacy: me?.privacy ?? null,
    // A joiner must not read another worker's words, which may identify them.
    description: mine ? c.description : null,
    receipt: mine ? ctx.deps.crypto.decrypt(c.receiptEnc) : null,
    // The reporter's own photos, as 5-minute links; a joiner sees none (as with the description).
    photos: mine ? await photoLinks(ctx, c.attachments) : [],
  }
}

/** `people`: the case's participants, reporter first (read with the case: loadForOfficer). */
export async function officerView(ctx: ActionContext, c: GrievanceCase, viewer: Org, people: readonly Participant[]) {
  const names = await orgNames(ctx, c)
  const reporters = people.map((p, i) => ({
    reporterId: String(i),
    role: p.role,
    affectedCount: p.affectedCount,
    ...reporterView({ privacy: p.privacy, role: p.role, contact: p.contactEnc ? JSON.parse(ctx.deps.crypto.decrypt(p.contactEnc)) : null }, viewer.type),
  }))
  const photos = await photoLinks(ctx, c.attachments)
  return {
    ...common(c, names),
    // The reporter in the third person, with the exact mode that sent the case here.
    routeExplanation: routeExplanation(c.routeReason, { kind: 'officer', ...strictestChoice([...people]) }),
    description: c.description,
    enterpriseId: c.enterpriseId,
    photos,
    supervisedForMe: isSupervisedFor(viewer.id, c),
    reporters,
    reporter: reporters[0],
  }
}
