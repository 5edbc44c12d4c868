import { redeemInviteInput } from '../../../types/account'
import { audit } from '../../_lib/runtime/audit'
import { action } from '../../_lib/runtime/function'
import { guess } from '../../_lib/runtime/guesses'
import { fail } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'

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
      if (await store.officers.get(openid)) return fail('ACCOUNT.ALREADY_OFFICER', '您已是工会干部，一个微信号只能在一个组织任职')
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
