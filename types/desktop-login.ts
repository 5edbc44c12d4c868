/**
 * Desktop sign-in constants shared by the account function and the pages (zod-free: pages may import values from here).
 * The QR holds a one-time code; the officer confirms it in the mini-program; the desktop then signs in.
 */

/** How long a sign-in code can be confirmed, and how long a confirmed one waits for the desktop to collect its ticket. */
export const DESKTOP_CODE_TTL_SECONDS = 120
/** A desktop session lasts one working day at most; the officer can end it sooner from the mini-program. */
export const DESKTOP_SESSION_TTL_HOURS = 12
/** 16 random bytes as base64url: 22 characters, 128 bits. */
export const DESKTOP_CODE_PATTERN = /^[A-Za-z0-9_-]{22}$/

export type DesktopPoll =
  | { status: 'pending'; expiresAt: string }
  /** Expired before anyone confirmed, or already used: the page offers a fresh code. */
  | { status: 'expired' }
  /** Once per code: the CloudBase custom-login ticket (the local host: its stand-in ticket). */
  | { status: 'ready'; ticket: string; sessionId: string }

export type DesktopSessionView = {
  id: string
  device: string | null
  createdAt: string
  expiresAt: string
  /** The session this request itself comes from (a desktop looking at its own list). */
  current: boolean
}

/** What desktopStart answers: the code goes into the QR; the poll token stays in the page (never shown). */
export type DesktopStart = { code: string; pollToken: string; expiresAt: string }
