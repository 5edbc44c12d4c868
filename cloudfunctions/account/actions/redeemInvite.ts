import { redeemInviteInput } from '../../../types/account'
import { inScope } from '../../_lib/domain/scope'
import { audit } from '../../_lib/runtime/audit'
import { can } from '../../_lib/runtime/authz'
import { action } from '../../_lib/runtime/function'
import { guess } from '../../_lib/runtime/guesses'
import { fail } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'

const REVOKED = '生成这个邀请码的管理员已不再管理该组织，邀请码已失效，请联系现任管理员重新生成'

/** An invite code is a short secret: every refusal counts as a failed guess (runtime/guesses.ts). */
export const redeemInvite = action({
  input: redeemInviteInput,
  async handle({ code, name }, ctx) {
    if (ctx.caller.kind !== 'user') return fail('UNAUTHENTICATED')
    const openid = ctx.caller.openid
    const { store } = ctx.deps
    return guess(ctx, 'invite', async () => {
      const invite = await store.invites.get(code)
      if (!invite || invite.redeemedBy) return fail('ACCOUNT.INVITE_INVALID', '邀请码无效或已被使用', { code: '邀请码无效或已被使用' })
      if (new Date(invite.expiresAt) <= ctx.now) return fail('ACCOUNT.INVITE_EXPIRED', '邀请码已过期，请联系管理员重新生成', { code: '邀请码已过期' })
      // The redeemer and the invite's creator in one read: an invite acts for the admin who made it, so it lapses when
      // that admin no longer holds admin rights over the org (removed, demoted or moved by a directory import).
      const people = await store.directory.getOfficers([openid, invite.createdBy])
      if (people.some((o) => o.openid === openid)) return fail('ACCOUNT.ALREADY_OFFICER', '您已是工会干部，一个微信号只能在一个组织任职')
      const creator = people.find((o) => o.openid === invite.createdBy)
      const org = creator && can(creator.role, 'admin') ? await store.directory.getOrg(invite.orgId) : null
      if (!creator || !org || !inScope(creator.orgId, org.path)) {
        return fail('ACCOUNT.INVITE_REVOKED', REVOKED, { code: REVOKED })
      }
      // The conditional update is the race guard: of two redeemers, exactly one wins.
      if (!(await store.invites.markRedeemed(code, openid, toIso(ctx.now)))) {
        return fail('ACCOUNT.INVITE_INVALID', '邀请码无效或已被使用', { code: '邀请码无效或已被使用' })
      }
      const officer = { openid, orgId: invite.orgId, role: invite.role, name }
      await store.officers.put(officer)
      await audit(ctx, 'officer.invite.redeem', 'org', invite.orgId, { role: invite.role })
      return { officer }
    })
  },
})
