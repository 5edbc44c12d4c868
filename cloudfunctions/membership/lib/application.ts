/** Filing an application (a first join or a transfer): build it, insert it once, answer retries with the first. */
import type { ApplicationKind } from '../../../types/membership-labels'
import type { ApplySummary } from '../../../types/membership-views'
import { placeApplication } from '../../_lib/domain/membership/review'
import type { ActionContext } from '../../_lib/runtime/deps'
import { fail, isFailure, type Failure } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import type { Application, Consent, PersonSecrets } from '../../_lib/store/port'
import type { ResolvedRoute } from './route'
import { applySummary } from './views'
import { unlessFiledMeanwhile } from '../../_lib/runtime/quota'
import { ACCOUNT_HOLDS_CARD, ACCOUNT_PENDING, alreadyApplied, alreadyMember } from './identity'

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

export type Filed = { filed: boolean; summary: ApplySummary }
/** Another account's pending application or membership holds the ID number: a join is filed flagged instead. */
export const ID_TAKEN = 'ID_TAKEN'

/**
 * Inserts the application; the store checks every uniqueness atomically with the insert (membership-port.ts), so
 * racers never both get in, and the reads below run only on a refusal. A concurrent retry of the same request that won
 * the insert is answered with its application; the account's own membership or pending application is
 * MEMBERSHIP.ALREADY_MEMBER / ALREADY_APPLIED (specific about the ID number only when it is the account's own); another
 * account's hold on the ID number is ID_TAKEN.
 */
export async function fileApplication(ctx: ActionContext, a: Application, orgName: string): Promise<Filed | Failure | typeof ID_TAKEN> {
  const { memberships } = ctx.deps.store
  const created = await memberships.createApplication(a)
  if (created.ok) return { filed: true, summary: applySummary(a, orgName) }
  switch (created.reason) {
    case 'DUPLICATE_REQUEST': {
      const first = await replay(ctx, a.requestKey)
      return first ? { filed: false, summary: first } : fail('CONFLICT')
    }
    case 'HOLDER_MEMBER': {
      const byId = await memberships.getMemberByIdHash(a.idHash)
      return alreadyMember(byId?.holderKey === a.holderKey ? undefined : ACCOUNT_HOLDS_CARD)
    }
    case 'HOLDER_PENDING': {
      // The account's pending application may be this very request's copy filed at the same moment: answer with it
      // rather than refuse the request that succeeded.
      const pending = await memberships.getPendingApplication(a.idHash)
      const refusal = pending?.holderKey === a.holderKey ? alreadyApplied(a.kind) : fail('MEMBERSHIP.ALREADY_APPLIED', ACCOUNT_PENDING)
      const mine = await unlessFiledMeanwhile(refusal, () => replay(ctx, a.requestKey))
      return isFailure(mine) ? mine : { filed: false, summary: mine as ApplySummary }
    }
    case 'ALREADY_APPLIED':
    case 'ALREADY_MEMBER':
      return ID_TAKEN
  }
}
