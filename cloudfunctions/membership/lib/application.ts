/** Filing an application (a first join or a transfer): build it, insert it once, answer retries with the first. */
import { MEMBERSHIP_ERRORS, type ApplicationKind } from '../../../types/membership-labels'
import type { ApplySummary } from '../../../types/membership-views'
import { placeApplication } from '../../_lib/domain/membership/review'
import type { ActionContext } from '../../_lib/runtime/deps'
import { fail, isFailure, type Failure } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import type { Application, Consent, PersonSecrets } from '../../_lib/store/port'
import type { ResolvedRoute } from './route'
import { applySummary } from './views'
import { unlessFiledMeanwhile } from '../../_lib/runtime/quota'

export type NewApplication = {
  kind: ApplicationKind
  keys: { applicant: string; holder: string }
  requestKey: string
  secrets: PersonSecrets
  route: ResolvedRoute
  consents: { idNumber: Consent; shareWithUnion: Consent }
  memberId: string | null
  fromOrgId: string | null
  /** The ID number is another account's (a member's or a pending applicant's): see identity.ts. */
  identityConflict: boolean
}

export async function buildApplication(ctx: ActionContext, n: NewApplication): Promise<Application> {
  const { workplace, to, reason } = n.route
  const place = placeApplication({ assignedOrgId: null, employerBlind: workplace.employerBlind }, to, {
    type: 'submitted', reason, now: ctx.now, calendar: await ctx.deps.calendar(),
  })
  return {
    id: ctx.deps.ids(), kind: n.kind, status: 'pending', applicantKey: n.keys.applicant, holderKey: n.keys.holder,
    requestKey: n.requestKey, memberId: n.memberId, fromOrgId: n.fromOrgId, consents: n.consents, identityConflict: n.identityConflict,
    ...n.secrets, ...workplace, ...place.patch,
    rejectReason: null, rejectNote: null, decidedAt: null, decidedBy: null,
    createdAt: toIso(ctx.now), history: [place.event], version: 1,
  }
}

/** The summary of the application filed under this request key, if any (a resubmission). */
export async function replay(ctx: ActionContext, requestKey: string): Promise<ApplySummary | null> {
  const first = await ctx.deps.store.memberships.getApplicationByRequestKey(requestKey)
  if (!first) return null
  const org = await ctx.deps.store.directory.getOrg(first.assignedOrgId)
  return applySummary(first, org?.name ?? first.assignedOrgId)
}

export const ACCOUNT_PENDING = '您已有一份申请正在审核，请等待审核结果后再提交新的申请。'

export type Filed = { filed: boolean; summary: ApplySummary }
/** Another account's pending application took the ID number first (between the caller's check and the insert). */
export const ID_TAKEN = 'ID_TAKEN'

/**
 * Inserts the application. A concurrent retry of the same request that won the insert is answered with its
 * application; a pending application of the same account is MEMBERSHIP.ALREADY_APPLIED; another pending
 * application for the same person is ID_TAKEN (the store checks all atomically, so racers never both get in).
 */
export async function fileApplication(ctx: ActionContext, a: Application, orgName: string): Promise<Filed | Failure | typeof ID_TAKEN> {
  const created = await ctx.deps.store.memberships.createApplication(a)
  if (created.ok) return { filed: true, summary: applySummary(a, orgName) }
  if (created.reason === 'DUPLICATE_REQUEST') {
    const first = await replay(ctx, a.requestKey)
    if (first) return { filed: false, summary: first }
    return fail('CONFLICT')
  }
  // The account's (or the ID number's) pending application may be this very request's copy filed at the same
  // moment: answer with it rather than refuse the request that succeeded.
  const mine = await unlessFiledMeanwhile(fail('MEMBERSHIP.ALREADY_APPLIED', ACCOUNT_PENDING), () => replay(ctx, a.requestKey))
  if (!isFailure(mine)) return { filed: false, summary: mine as ApplySummary }
  if (created.reason === 'HOLDER_PENDING') return mine as Failure
  return ID_TAKEN
}

/** ALREADY_APPLIED about the caller's own ID number (on the form's field for a join). */
export function alreadyApplied(kind: Application['kind']): Failure {
  const message = MEMBERSHIP_ERRORS['MEMBERSHIP.ALREADY_APPLIED']
  return fail('MEMBERSHIP.ALREADY_APPLIED', message, kind === 'join' ? { idNumber: message } : undefined)
}
