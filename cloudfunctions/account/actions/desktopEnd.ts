import { desktopEndInput } from '../../../types/account'
import { audit } from '../../_lib/runtime/audit'
import { action } from '../../_lib/runtime/function'
import { fail } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'

/**
 * 退出该电脑: ends one of the caller's own desktop sessions (from the mini-program, or the desktop signing itself out).
 * From then on that browser's calls carry no identity (within the 5 s identity cache, runtime/desktop-identity.ts).
 * Ending an ended session again answers the same; someone else's session does not exist for the caller.
 */
export const desktopEnd = action({
  input: desktopEndInput,
  async handle({ sessionId }, ctx) {
    if (ctx.caller.kind !== 'user') return fail('UNAUTHENTICATED')
    const openid = ctx.caller.openid
    const { store } = ctx.deps
    const session = await store.desktop.getSession(sessionId)
    if (!session || session.openid !== openid) return fail('NOT_FOUND', '没有找到这次电脑登录')
    if (session.endedAt) return { id: session.id, endedAt: session.endedAt }
    const at = toIso(ctx.now)
    const ended = await store.desktop.endSession(sessionId, openid, at)
    if (await store.officers.get(openid)) ctx.actingOfficer = openid
    await audit(ctx, 'officer.desktop.end', 'officer', openid, { sessionId })
    return { id: sessionId, endedAt: ended ? at : ((await store.desktop.getSession(sessionId))?.endedAt ?? at) }
  },
})
