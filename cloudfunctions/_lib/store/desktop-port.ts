/**
 * Desktop sign-in (issue 10): one-time sign-in codes shown as a QR on a desktop browser, and the desktop sessions an
 * officer confirms with the mini-program. A code is stored only as its keyed hash. Every write that two callers may
 * race is one conditional single-record update, so both adapters give exactly one winner.
 */
import type { Page } from '../../../types/zod'

export type DesktopCode = {
  /** Keyed hash of the code (the code itself is never stored). */
  codeHash: string
  /** Keyed hash of the poll token: a second secret only the desktop holds (not in the QR), so a photo of the QR cannot collect the ticket. */
  pollHash: string
  createdAt: string
  /** The officer must confirm before this instant. */
  expiresAt: string
  /** What the desktop said it is ("Chrome · Windows"), shown to the officer; not trusted for anything. */
  device: string | null
  /** The officer (openid) who confirmed, once. */
  confirmedBy: string | null
  confirmedAt: string | null
  /** The session the desktop's ticket was issued for, once. */
  sessionId: string | null
  claimedAt: string | null
}

export type DesktopSession = {
  /** Also the CloudBase custom-login user id: never the officer's openid, so ending a session really ends it. */
  id: string
  openid: string
  device: string | null
  createdAt: string
  expiresAt: string
  endedAt: string | null
}

export interface DesktopLoginStore {
  createCode(code: DesktopCode): Promise<void>
  getCode(codeHash: string): Promise<DesktopCode | null>
  /** Binds the code to `openid` iff it is unconfirmed and `at` is before its expiry; false otherwise (one winner). */
  confirmCode(codeHash: string, openid: string, at: string): Promise<boolean>
  /** Marks a confirmed code used for `sessionId` iff no session was issued for it yet (one winner). */
  claimCode(codeHash: string, sessionId: string, at: string): Promise<boolean>
  createSession(session: DesktopSession): Promise<void>
  getSession(id: string): Promise<DesktopSession | null>
  /** The officer's sessions neither ended nor expired at `now`, newest first (cursor: the last id). */
  listLiveSessions(openid: string, now: string, after: string | undefined, limit: number): Promise<Page<DesktopSession>>
  /** Ends the session iff it is `openid`'s and not ended yet. */
  endSession(id: string, openid: string, at: string): Promise<boolean>
}
