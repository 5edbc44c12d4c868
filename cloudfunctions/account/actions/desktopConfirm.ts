import { desktopCodeInput } from '../../../types/account'
import { audit } from '../../_lib/runtime/audit'
import { action } from '../../_lib/runtime/function'
import { fail } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import { CODE_EXPIRED, CODE_INVALID, codeHash } from '../lib/desktop'

/**
 * 电脑登录 step 2, in the mini-program: the officer who scanned the QR binds its code to themselves. Any account with an
 * officer record (officer, admin, lawyer: everyone with a 工作台) may; a worker may not, nor a desktop session (a
 * desktop must not mint further desktops). Of two confirmations of one code exactly one wins.
 */
export const desktopConfirm = action({
  input: desktopCodeInput,
  async handle({ code }, ctx) {
    if (ctx.caller.kind !== 'user') return fail('UNAUTHENTICATED')
    if (ctx.caller.desktopSession) return fail('FORBIDDEN', '请用微信小程序扫码确认电脑登录')
    const { store, crypto } = ctx.deps
    const officer = await store.officers.get(ctx.caller.openid)
    if (!officer) return fail('FORBIDDEN', '只有工会干部可以在电脑上登录工作台')
    ctx.actingOfficer = officer.openid

    const hash = codeHash(crypto, code)
    const at = toIso(ctx.now)
    const found = await store.desktop.getCode(hash)
    if (!found || found.confirmedBy) return fail(CODE_INVALID.code, CODE_INVALID.message)
    if (found.expiresAt <= at) return fail(CODE_EXPIRED.code, CODE_EXPIRED.message)
    // The conditional update is the race guard (and re-checks the expiry at the write).
    if (!(await store.desktop.confirmCode(hash, officer.openid, at))) return fail(CODE_INVALID.code, CODE_INVALID.message)
    await audit(ctx, 'officer.desktop.confirm', 'officer', officer.openid)
    return { confirmed: true, device: found.device }
  },
})
