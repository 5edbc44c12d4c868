/**
 * Officers' desktop sign-in (contract: docs/api.md, account.desktop*). The desktop page starts a code, shows it as a QR
 * and polls; the officer confirms it in the mini-program; the poll answers a ticket once, and `signIn` hands it to the
 * transport (CloudBase custom login in production, the local host's stand-in in development): the same page code.
 */
import type { DesktopPoll, DesktopSessionView, DesktopStart } from '../../types/desktop-login'
import type { Page } from '../../types/zod'
import { call } from './api'
import { transport } from './transports'

export { codeFromScan, confirmLink, describeDevice } from './desktop-code'

export const desktopApi = {
  start: (device?: string) => call<DesktopStart>('account', 'desktopStart', device ? { device } : {}),
  poll: (s: { code: string; pollToken: string }) => call<DesktopPoll>('account', 'desktopPoll', { code: s.code, pollToken: s.pollToken }),
  /** From the mini-program, after the officer said yes. */
  confirm: (code: string) => call<{ confirmed: true; device: string | null }>('account', 'desktopConfirm', { code }),
  sessions: (after?: string) => call<Page<DesktopSessionView>>('account', 'desktopSessions', after ? { after } : {}),
  end: (sessionId: string) => call<{ id: string; endedAt: string }>('account', 'desktopEnd', { sessionId }),
  /** This browser signs in with the ticket `poll` answered: false when the sign-in service refused it. */
  signIn: async (ticket: string) => (await transport()).signIn(ticket),
  signOut: async () => (await transport()).signOut(),
}
