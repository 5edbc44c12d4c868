/**
 * What the applicant and officers see (the shapes of types/membership-views.ts). ID numbers and phones are
 * always masked here; the full values only through the audited `revealId`. Officers get the age, never the
 * birth date: digits 7–14 of the ID number ARE the birth date, so it would unmask `3307**********1234`.
 */
import { deadlineLabel } from '../../../types/grievance-labels'
import { idNumberFacts } from '../../../types/id-number'
import { IDENTITY_CONFLICT_WARNING, MEMBERSHIP_ROUTE_EXPLANATIONS, OFFICER_MEMBERSHIP_ROUTE_EXPLANATIONS, REJECT_REASON_LABELS } from '../../../types/membership-labels'
import type {
  ApplicantView,
  ApplicationQueueItemView,
  ApplicationView,
  ApplySummary,
  MemberView,
  MembershipHistoryView,
  WorkplaceView,
} from '../../../types/membership-views'
import type { ActionContext } from '../../_lib/runtime/deps'
import { orgsForDisplay } from '../../_lib/store/org-cache'
import { shanghaiDay } from '../../_lib/runtime/time'
import type { Application, Member, MembershipEvent, PersonSecrets, Workplace } from '../../_lib/store/port'

/** Names of the orgs a view mentions, by id (unknown ids fall back to the id). */
async function orgNames(ctx: ActionContext, ids: (string | null)[]): Promise<(id: string | null) => string | null> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))]
  const orgs = wanted.length ? await orgsForDisplay(ctx.deps.store.directory, wanted) : []
  const byId = new Map(orgs.map((o) => [o.id, o.name]))
  return (id) => (id === null ? null : (byId.get(id) ?? id))
}

const history = (events: MembershipEvent[]): MembershipHistoryView[] =>
  events.map(({ at, type, fromOrgId, toOrgId, reason }) => ({ at, type, fromOrgId, toOrgId, reason }))

/** Who reads a view: the applicant themself, or an officer of the reviewing union. */
export type Audience = 'applicant' | 'officer'

/** Whole years from `birthDate` to `day` (both `YYYY-MM-DD`). */
export function ageOn(birthDate: string, day: string): number {
  return Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4)) - (day.slice(5) < birthDate.slice(5) ? 1 : 0)
}

/** The person, decrypted only as far as the view needs: the full name, masked numbers, derived facts. */
function applicantView(ctx: ActionContext, p: PersonSecrets, audience: Audience): ApplicantView {
  const { birthDate, gender } = idNumberFacts(ctx.deps.crypto.decrypt(p.idEnc))
  return {
    name: ctx.deps.crypto.decrypt(p.nameEnc), idMasked: p.idMasked, phoneMasked: p.phoneMasked, gender,
    age: ageOn(birthDate, shanghaiDay(ctx.now)), birthDate: audience === 'applicant' ? birthDate : null,
  }
}

/** The reviewing officer's warning on a flagged application; the applicant is never told. */
const identityWarning = (a: Application, audience: Audience) =>
  audience === 'officer' && a.identityConflict ? { identityWarning: IDENTITY_CONFLICT_WARNING } : {}

function workplaceView(w: Workplace, townName: string | null): WorkplaceView {
  return {
    enterpriseId: w.enterpriseId, enterpriseName: w.enterpriseName, townId: w.townId, townName,
    noFixedEmployer: w.noFixedEmployer, occupation: w.occupation, employerBlind: w.employerBlind,
  }
}

export const reviewByLabel = (a: Pick<Application, 'reviewBy'>) => deadlineLabel(a.reviewBy)

export function applySummary(a: Application, assignedOrgName: string): ApplySummary {
  return {
    id: a.id, status: a.status, assignedOrgId: a.assignedOrgId, assignedOrgName, routeReason: a.routeReason,
    routeExplanation: MEMBERSHIP_ROUTE_EXPLANATIONS[a.routeReason], reviewBy: a.reviewBy,
    reviewByLabel: deadlineLabel(a.reviewBy), reviewByEstimated: a.reviewByEstimated,
  }
}

/**
 * The member number an approved application gave (a join's member has the application's id). `known`: a member the
 * caller has already read (我的会籍 reads the worker's own), so its application costs no second read.
 */
async function memberNoOf(ctx: ActionContext, a: Application, known?: Member | null): Promise<string | null> {
  if (a.status !== 'approved') return null
  const memberId = a.kind === 'join' ? a.id : (a.memberId ?? '')
  const m = known?.id === memberId ? known : await ctx.deps.store.memberships.getMember(memberId)
  return m?.memberNo ?? null
}

export async function applicationView(ctx: ActionContext, a: Application, audience: Audience, known?: Member | null): Promise<ApplicationView> {
  const [name, memberNo] = await Promise.all([orgNames(ctx, [a.assignedOrgId, a.fromOrgId, a.townId]), memberNoOf(ctx, a, known)])
  return {
    ...applySummary(a, name(a.assignedOrgId)!),
    // The reviewing officer reads about the applicant, not "您".
    ...(audience === 'officer' ? { routeExplanation: OFFICER_MEMBERSHIP_ROUTE_EXPLANATIONS[a.routeReason] } : {}),
    kind: a.kind,
    overdue: a.overdue,
    createdAt: a.createdAt,
    workplace: workplaceView(a, name(a.townId)),
    applicant: applicantView(ctx, a, audience),
    rejectReason: a.rejectReason,
    rejectReasonLabel: a.rejectReason ? REJECT_REASON_LABELS[a.rejectReason] : null,
    rejectNote: a.rejectNote,
    memberNo,
    fromOrgId: a.fromOrgId,
    fromOrgName: name(a.fromOrgId),
    history: history(a.history),
    ...identityWarning(a, audience),
  }
}

/**
 * A membership. `fullName`: the holder sees their own name; officers' lists show the masked name (a roster
 * needs to tell members apart, not to identify them; the full name is on the application).
 */
export async function memberView(ctx: ActionContext, m: Member, fullName: boolean, orgName?: string): Promise<MemberView> {
  const name = orgName ? () => orgName : await orgNames(ctx, [m.orgId])
  return {
    id: m.id, memberNo: m.memberNo, name: fullName ? ctx.deps.crypto.decrypt(m.nameEnc) : m.nameMasked,
    orgId: m.orgId, orgName: name(m.orgId)!, status: m.status, since: m.since, statusReason: m.statusReason, history: history(m.history),
  }
}

/** A queue row: no decryption, masked identity only (the officer opens `get` for the full application). */
export function queueItem(a: Application, now: Date): ApplicationQueueItemView {
  return {
    id: a.id, kind: a.kind, status: a.status, assignedOrgId: a.assignedOrgId, routeReason: a.routeReason,
    reviewBy: a.reviewBy, reviewByLabel: deadlineLabel(a.reviewBy), reviewByEstimated: a.reviewByEstimated, overdue: a.overdue,
    late: a.status === 'pending' && now.getTime() >= new Date(a.reviewBy).getTime(),
    createdAt: a.createdAt, nameMasked: a.nameMasked, idMasked: a.idMasked, phoneMasked: a.phoneMasked,
    enterpriseName: a.enterpriseName, noFixedEmployer: a.noFixedEmployer, occupation: a.occupation, employerBlind: a.employerBlind,
    fromOrgId: a.fromOrgId,
    ...identityWarning(a, 'officer'),
  }
}
