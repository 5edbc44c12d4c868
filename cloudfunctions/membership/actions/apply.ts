import { applyInput, CONSENT_VERSIONS, type ApplyInput } from '../../../types/membership'
import { audit } from '../../_lib/runtime/audit'
import type { ActionContext } from '../../_lib/runtime/deps'
import { action } from '../../_lib/runtime/function'
import { unlessFiledMeanwhile, withQuota } from '../../_lib/runtime/quota'
import { isFailure } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import type { PersonSecrets } from '../../_lib/store/port'
import { callerKeys } from '../lib/access'
import { buildApplication, fileApplication, ID_TAKEN, replay } from '../lib/application'
import { APPLICATIONS, identityOf, overDailyLimit } from '../lib/identity'
import { applyRequestKey } from '../lib/keys'
import { notifyOrg, notifyWorker } from '../lib/notify'
import { sealPerson } from '../lib/person'
import { resolveRoute } from '../lib/route'

type Keys = ReturnType<typeof callerKeys>

/** Routes, builds and files one join application; flagged ones go to a federation (identity.ts). */
async function fileJoin(ctx: ActionContext, input: ApplyInput, keys: Keys, requestKey: string, secrets: PersonSecrets, identityConflict: boolean) {
  const route = await resolveRoute(ctx.deps.store, input, identityConflict)
  if (isFailure(route)) return route
  const at = toIso(ctx.now)
  const a = await buildApplication(ctx, {
    kind: 'join', keys, requestKey, secrets, route, memberId: null, fromOrgId: null, identityConflict,
    consents: { idNumber: { version: CONSENT_VERSIONS.idNumber, at }, shareWithUnion: { version: CONSENT_VERSIONS.shareWithUnion, at } },
  })
  const filed = await fileApplication(ctx, a, route.to.name)
  return filed === ID_TAKEN ? filed : { a, route, filed }
}

/** Files the join; flagged when another account's application took the number between the check and the insert. */
async function fileJoinOnce(ctx: ActionContext, input: ApplyInput, keys: Keys, requestKey: string, secrets: PersonSecrets, identityConflict: boolean) {
  const out = await fileJoin(ctx, input, keys, requestKey, secrets, identityConflict)
  if (out !== ID_TAKEN) return out
  const flagged = await fileJoin(ctx, input, keys, requestKey, secrets, true)
  if (flagged === ID_TAKEN) throw new Error('a flagged application was refused the idHash it does not hold')
  return flagged
}

/**
 * 入会申请. One membership per person (keyed hash of the ID number) and per WeChat account (the card is
 * bound to it); one pending application per account; after a rejection a new one is welcome. An ID number
 * that is another account's is filed flagged, answered like any other (identity.ts). Nothing is written
 * before every check has passed.
 */
export const apply = action({
  input: applyInput,
  async handle(input, ctx) {
    const keys = callerKeys(ctx)
    const requestKey = applyRequestKey(ctx.deps.crypto, keys.openid, input.requestId)
    const first = await replay(ctx, requestKey)
    if (first) return first
    const limited = await overDailyLimit(ctx, keys.applicant)
    if (limited) return unlessFiledMeanwhile(limited, () => replay(ctx, requestKey))

    const secrets = sealPerson(ctx.deps.crypto, input)
    const identity = await identityOf(ctx, keys.holder, secrets.idHash)
    // The account's pending application may be this request's own copy, filed a moment ago.
    if (isFailure(identity)) return identity.code === 'MEMBERSHIP.ALREADY_APPLIED' ? unlessFiledMeanwhile(identity, () => replay(ctx, requestKey)) : identity
    // The daily cap: a unit taken before the insert, kept only when this call filed the application.
    const out = await withQuota(ctx, APPLICATIONS, keys.applicant, () => fileJoinOnce(ctx, input, keys, requestKey, secrets, identity.conflict),
      (o) => !isFailure(o) && !isFailure(o.filed) && o.filed.filed)
    if (isFailure(out)) return out.code === 'RATE_LIMITED' ? unlessFiledMeanwhile(out, () => replay(ctx, requestKey)) : out
    const { a, route, filed } = out
    if (isFailure(filed) || !filed.filed) return isFailure(filed) ? filed : filed.summary

    await audit(ctx, 'membership.apply', 'application', a.id, {
      orgId: route.to.id, reason: route.reason, ...(a.identityConflict ? { identityConflict: true } : {}),
    })
    await notifyWorker(ctx, keys.holder, 'membership.submitted', a.id, '入会申请已提交', `已交给${route.to.name}，须在 ${filed.summary.reviewByLabel} 前审核`)
    await notifyOrg(ctx, route.to.id, 'membership.received', a.id, '收到新的入会申请', `请在 ${filed.summary.reviewByLabel} 前审核`)
    return filed.summary
  },
})
