import { desktopPollInput } from '../../../types/account'
import { DESKTOP_CODE_TTL_SECONDS, DESKTOP_SESSION_TTL_HOURS, type DesktopPoll } from '../../../types/desktop-login'
import { audit } from '../../_lib/runtime/audit'
import { action } from '../../_lib/runtime/function'
import { toIso } from '../../_lib/runtime/time'
import { codeHash, pollHash } from '../lib/desktop'

const EXPIRED: DesktopPoll = { status: 'expired' }

/**
 * 电脑登录 step 3 (the desktop page polls, no identity): pending until the officer confirms, then — exactly once —
 * a new desktop session and a custom-login ticket for it (user id = the session id, never the openid). An unknown
 * code, a wrong poll token, an expired or an already used code all answer `expired`: the page offers a fresh code.
 */
export const desktopPoll = action({
  input: desktopPollInput,
  access: 'public',
  async handle({ code, pollToken }, ctx): Promise<DesktopPoll> {
    const { store, crypto, tickets, ids } = ctx.deps
    const hash = codeHash(crypto, code)
    const at = toIso(ctx.now)
    const found = await store.desktop.getCode(hash)
    if (!found || found.pollHash !== pollHash(crypto, pollToken) || found.sessionId) return EXPIRED
    if (!found.confirmedBy) return found.expiresAt > at ? { status: 'pending', expiresAt: found.expiresAt } : EXPIRED
    // A confirmed code waits as long again for the desktop to collect its ticket.
    const collectBy = new Date(new Date(found.confirmedAt ?? found.expiresAt).getTime() + DESKTOP_CODE_TTL_SECONDS * 1000)
    if (collectBy <= ctx.now) return EXPIRED
    if (!tickets) throw new Error('desktop sign-in: this function has no ticket issuer (UNION_CUSTOM_LOGIN_KEY)')

    const sessionId = ids()
    if (!(await store.desktop.claimCode(hash, sessionId, at))) return EXPIRED
    const expiresAt = new Date(ctx.now.getTime() + DESKTOP_SESSION_TTL_HOURS * 3600_000)
    await store.desktop.createSession({ id: sessionId, openid: found.confirmedBy, device: found.device, createdAt: at, expiresAt: toIso(expiresAt), endedAt: null })
    const ticket = tickets.issue(sessionId, expiresAt)
    // Recorded under the officer (the caller itself is the anonymous desktop), with the session to end if it was not them.
    await audit(ctx, 'officer.desktop.signin', 'officer', found.confirmedBy, { sessionId })
    return { status: 'ready', ticket, sessionId }
  },
})
