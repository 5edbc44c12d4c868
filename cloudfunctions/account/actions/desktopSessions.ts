import { desktopSessionsInput } from '../../../types/account'
import type { DesktopSessionView } from '../../../types/desktop-login'
import { action } from '../../_lib/runtime/function'
import { fail } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'

/** The caller's own desktop sessions that still sign a browser in, newest first; `current` marks the calling desktop. */
export const desktopSessions = action({
  input: desktopSessionsInput,
  async handle({ after, limit }, ctx) {
    if (ctx.caller.kind !== 'user') return fail('UNAUTHENTICATED')
    const { desktopSession } = ctx.caller
    const page = await ctx.deps.store.desktop.listLiveSessions(ctx.caller.openid, toIso(ctx.now), after, limit ?? 20)
    const items: DesktopSessionView[] = page.items.map((s) => ({
      id: s.id, device: s.device, createdAt: s.createdAt, expiresAt: s.expiresAt, current: s.id === desktopSession,
    }))
    return { items, next: page.next }
  },
})
