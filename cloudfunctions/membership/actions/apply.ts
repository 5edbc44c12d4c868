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
import { APPLICATIONS } from '../lib/identity'
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

/**
 * Files the join, unflagged first. When another account's pending application or membership holds the ID number
 * (the store says so atomically with the insert, ID_TAKEN), it is filed again flagged: routed to a federation.
 */
async function fileJoinOnce(ctx: ActionContext, input: ApplyInput, keys: Keys, requestKey: string, secrets: PersonSecrets) {
  const out = await fileJoin(ctx, input, keys, requestKey, secrets, false)
  if (out !== ID_TAKEN) return out
  const flagged = await fileJoin(ctx, input, keys, requestKey, secrets, true)
  if (flagged === ID_TAKEN) throw new Error('a flagged application was refused the idHash it does not hold')
  return flagged
}

/**
 * 入会申请. One membership per person (keyed hash of the ID number) and per WeChat account (the card is
 * bound to it); one pending application per account; after a rejection a new one is welcome. An ID number
 * that is another account's is filed flagged, answered like any other (identity.ts). The store checks all of it
 * in the insert (docs/decisions/0022), so the common path reads nothing first: the daily unit, the routing (the
 * enterprise), the insert, the side records. Nothing but that unit is written before every check has passed, and
 * the unit is given back when nothing was filed.
 */
export const apply = action({
  input: applyInput,
  async handle(input, ctx) {
    const keys = callerKeys(ctx)
    const requestKey = applyRequestKey(ctx.deps.crypto, keys.openid, input.requestId)
    const secrets = sealPerson(ctx.deps.crypto, input)
    // The daily cap: a unit taken before the insert, kept only when this call filed the application. A retry of a
    // filed request takes one too, is refused by its requestKey and gives it back (answered with the first filing).
    const out = await withQuota(ctx, APPLICATIONS, keys.applicant, () => fileJoinOnce(ctx, input, keys, requestKey, secrets),
      (o) => !isFailure(o) && !isFailure(o.filed) && o.filed.filed)
    // Used up: a retry of a request already filed is still answered with its filing.
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
