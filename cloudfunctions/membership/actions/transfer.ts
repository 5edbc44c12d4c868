import { CONSENT_VERSIONS, MEMBERSHIP_ERRORS, transferInput } from '../../../types/membership'
import { audit } from '../../_lib/runtime/audit'
import { action } from '../../_lib/runtime/function'
import { withQuota } from '../../_lib/runtime/quota'
import { fail, isFailure } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import { callerKeys, currentMembership } from '../lib/access'
import { alreadyApplied, buildApplication, fileApplication, ID_TAKEN, replay } from '../lib/application'
import { APPLICATIONS, overDailyLimit } from '../lib/identity'
import { transferRequestKey } from '../lib/keys'
import { notifyOrg, notifyWorker } from '../lib/notify'
import { secretsOf } from '../lib/person'
import { resolveRoute } from '../lib/route'

const refuse = (code: keyof typeof MEMBERSHIP_ERRORS) => fail(code, MEMBERSHIP_ERRORS[code])

/**
 * 会籍转接: a member enters their new workplace; the same policy as `apply` picks the new union, which reviews
 * a `transfer` application (the member's encrypted data copied, nothing asked again). The old union is
 * informed when it is approved, not asked.
 */
export const transfer = action({
  input: transferInput,
  async handle(input, ctx) {
    const keys = callerKeys(ctx)
    const requestKey = transferRequestKey(ctx.deps.crypto, keys.openid, input.requestId)
    const first = await replay(ctx, requestKey)
    if (first) return first
    const limited = await overDailyLimit(ctx, keys.applicant)
    if (limited) return limited

    const m = await currentMembership(ctx)
    if (!m) return refuse('MEMBERSHIP.NOT_MEMBER')
    if (m.status !== 'active') return refuse('MEMBERSHIP.NOT_ACTIVE')
    const route = await resolveRoute(ctx.deps.store, input)
    if (isFailure(route)) return route
    if (route.to.id === m.orgId) return refuse('MEMBERSHIP.SAME_UNION')

    const joined = await ctx.deps.store.memberships.getApplication(m.applicationId)
    const at = toIso(ctx.now)
    const a = await buildApplication(ctx, {
      kind: 'transfer', keys, requestKey, secrets: secretsOf(m), route, memberId: m.id, fromOrgId: m.orgId, identityConflict: false,
      consents: {
        idNumber: joined?.consents.idNumber ?? { version: CONSENT_VERSIONS.idNumber, at },
        // Asking for the transfer is asking to pass the application to the new union.
        shareWithUnion: { version: CONSENT_VERSIONS.shareWithUnion, at },
      },
    })
    // The daily cap: a unit taken before the insert, kept only when this call filed the application.
    const filed = await withQuota(ctx, APPLICATIONS, keys.applicant, () => fileApplication(ctx, a, route.to.name),
      (f) => f !== ID_TAKEN && !isFailure(f) && f.filed)
    // The member's own number: a pending application for it may be named to them.
    if (filed === ID_TAKEN) return alreadyApplied('transfer')
    if (isFailure(filed) || !filed.filed) return isFailure(filed) ? filed : filed.summary

    await audit(ctx, 'membership.transfer', 'application', a.id, { memberId: m.id, fromOrgId: m.orgId, orgId: route.to.id, reason: route.reason })
    await notifyWorker(ctx, keys.holder, 'membership.submitted', a.id, '会籍转接申请已提交', `已交给${route.to.name}，须在 ${filed.summary.reviewByLabel} 前审核`)
    await notifyOrg(ctx, route.to.id, 'membership.received', a.id, '收到会籍转接申请', `请在 ${filed.summary.reviewByLabel} 前审核`)
    return filed.summary
  },
})
