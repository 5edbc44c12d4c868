import { applyInput, CONSENT_VERSIONS, MEMBERSHIP_ERRORS } from '../../../types/membership'
import { audit } from '../../_lib/runtime/audit'
import { action } from '../../_lib/runtime/function'
import { fail, isFailure } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import { callerKeys } from '../lib/access'
import { buildApplication, fileApplication, replay } from '../lib/application'
import { applyRequestKey } from '../lib/keys'
import { notifyOrg, notifyWorker } from '../lib/notify'
import { sealPerson } from '../lib/person'
import { resolveRoute } from '../lib/route'

const ACCOUNT_HOLDS_CARD = '这个微信账号已经有会员证。换了工作单位请用“会籍转接”，不需要重新入会。'
const alreadyMember = (message: string = MEMBERSHIP_ERRORS['MEMBERSHIP.ALREADY_MEMBER']) =>
  fail('MEMBERSHIP.ALREADY_MEMBER', message, { idNumber: message })

/**
 * 入会申请. One membership per person (keyed hash of the ID number) and per WeChat account (the card is
 * bound to it); a pending application blocks another; after a rejection a new one is welcome.
 * Nothing is written before every check has passed.
 */
export const apply = action({
  input: applyInput,
  async handle(input, ctx) {
    const { store, crypto } = ctx.deps
    const keys = callerKeys(ctx)
    const requestKey = applyRequestKey(crypto, keys.openid, input.requestId)
    const first = await replay(ctx, requestKey)
    if (first) return first

    const secrets = sealPerson(crypto, input)
    const [byId, byHolder] = await Promise.all([store.memberships.getMemberByIdHash(secrets.idHash), store.memberships.getMemberByHolder(keys.holder)])
    if (byId) return alreadyMember()
    if (byHolder && byHolder.status !== 'left') return alreadyMember(ACCOUNT_HOLDS_CARD)

    const route = await resolveRoute(store, input)
    if (isFailure(route)) return route
    const at = toIso(ctx.now)
    const a = await buildApplication(ctx, {
      kind: 'join', keys, requestKey, secrets, route, memberId: null, fromOrgId: null,
      consents: { idNumber: { version: CONSENT_VERSIONS.idNumber, at }, shareWithUnion: { version: CONSENT_VERSIONS.shareWithUnion, at } },
    })
    const filed = await fileApplication(ctx, a, route.to.name)
    if (isFailure(filed) || !filed.filed) return isFailure(filed) ? filed : filed.summary

    await audit(ctx, 'membership.apply', 'application', a.id, { orgId: route.to.id, reason: route.reason })
    await notifyWorker(ctx, keys.holder, 'membership.submitted', a.id, '入会申请已提交', `已交给${route.to.name}，须在 ${filed.summary.reviewByLabel} 前审核`)
    await notifyOrg(ctx, route.to.id, 'membership.received', a.id, '收到新的入会申请', `请在 ${filed.summary.reviewByLabel} 前审核`)
    return filed.summary
  },
})
