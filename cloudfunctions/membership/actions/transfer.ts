import { CONSENT_VERSIONS, MEMBERSHIP_ERRORS, transferInput, type TransferInput } from '../../../types/membership'
import type { ActionContext } from '../../_lib/runtime/deps'
import { audit } from '../../_lib/runtime/audit'
import { action } from '../../_lib/runtime/function'
import { withQuota } from '../../_lib/runtime/quota'
import { fail, isFailure } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import { callerKeys, callerMembership } from '../lib/access'
import { buildApplication, fileApplication, ID_TAKEN, replay } from '../lib/application'
import { alreadyApplied, APPLICATIONS } from '../lib/identity'
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
/** Checks the membership and the new union, builds and files the transfer application. */
async function fileTransfer(ctx: ActionContext, input: TransferInput, keys: ReturnType<typeof callerKeys>, requestKey: string) {
  // The member and the consent its join recorded, in one read (the join's document holds both on CloudBase).
  const { member: m, idConsent } = await callerMembership(ctx)
  if (!m) return refuse('MEMBERSHIP.NOT_MEMBER')
  if (m.status !== 'active') return refuse('MEMBERSHIP.NOT_ACTIVE')
  const route = await resolveRoute(ctx.deps.store, input)
  if (isFailure(route)) return route
  if (route.to.id === m.orgId) return refuse('MEMBERSHIP.SAME_UNION')

  const at = toIso(ctx.now)
  const a = await buildApplication(ctx, {
    kind: 'transfer', keys, requestKey, secrets: secretsOf(m), route, memberId: m.id, fromOrgId: m.orgId, identityConflict: false,
    consents: {
      idNumber: idConsent ?? { version: CONSENT_VERSIONS.idNumber, at },
      // Asking for the transfer is asking to pass the application to the new union.
      shareWithUnion: { version: CONSENT_VERSIONS.shareWithUnion, at },
    },
  })
  return { a, m, route, filed: await fileApplication(ctx, a, route.to.name) }
}

export const transfer = action({
  input: transferInput,
  async handle(input, ctx) {
    const keys = callerKeys(ctx)
    const requestKey = transferRequestKey(ctx.deps.crypto, keys.openid, input.requestId)
    // The daily cap: a unit taken first (the take answers "used up"), kept only when this call filed the application.
    const out = await withQuota(ctx, APPLICATIONS, keys.applicant, () => fileTransfer(ctx, input, keys, requestKey),
      (o) => !isFailure(o) && o.filed !== ID_TAKEN && !isFailure(o.filed) && o.filed.filed)
    // A refusal (used up, no longer a member, now at that union…) may meet a retry of a request filed before: answer
    // with that filing. The insert itself names a retry of a filed request (DUPLICATE_REQUEST), so no read comes first.
    if (isFailure(out)) return (await replay(ctx, requestKey)) ?? out
    const { a, m, route, filed } = out
    // The member's own number: a pending application for it may be named to them.
    if (filed === ID_TAKEN) return alreadyApplied('transfer')
    if (isFailure(filed) || !filed.filed) return isFailure(filed) ? filed : filed.summary

    await audit(ctx, 'membership.transfer', 'application', a.id, { memberId: m.id, fromOrgId: m.orgId, orgId: route.to.id, reason: route.reason })
    await notifyWorker(ctx, keys.holder, 'membership.submitted', a.id, '会籍转接申请已提交', `已交给${route.to.name}，须在 ${filed.summary.reviewByLabel} 前审核`)
    await notifyOrg(ctx, route.to.id, 'membership.received', a.id, '收到会籍转接申请', `请在 ${filed.summary.reviewByLabel} 前审核`)
    return filed.summary
  },
})
