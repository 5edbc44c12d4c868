/**
 * What to do with an outbox message after one attempt (pure). Sending is at-least-once: a message is claimed
 * (attempts + 1, nextAt pushed past the lease) before it is sent, so two timer runs never send it at once; if a
 * run dies after WeChat accepted it and before it was marked sent, it goes again once the lease has passed.
 */
import type { SendResult } from './sender'

export const MAX_ATTEMPTS = 5
/** How long a claimed message is left alone by other runs: longer than one send can take. */
export const LEASE_MS = 2 * 60_000
/** Wait after attempt n (1-based) before the next: 1 min, 5 min, 30 min, 2 h. */
const BACKOFF_MS = [60_000, 5 * 60_000, 30 * 60_000, 2 * 3600_000]

/** 43101: the user refused, or has no quota left with WeChat: our count was wrong, so it is set to 0. */
export const REFUSED = 43101
/**
 * Errors that another attempt cannot fix: bad openid (40003), bad template (40037), data not fitting the template
 * (47003), unknown page (41030), subscriptions banned (43107), sensitive words (45168).
 */
const PERMANENT = new Set([40003, 40037, 47003, 41030, 43107, 45168])

export type Step =
  | { state: 'sent' }
  | { state: 'dropped'; refused: boolean; error: string }
  | { state: 'pending'; retryInMs: number; error: string }
  | { state: 'failed'; error: string }

export function afterAttempt(result: SendResult, attempts: number): Step {
  if (result.errcode === 0) return { state: 'sent' }
  const error = result.errcode === null ? result.errmsg : `errcode ${result.errcode}`
  if (result.errcode === REFUSED) return { state: 'dropped', refused: true, error }
  if (result.errcode !== null && PERMANENT.has(result.errcode)) return { state: 'dropped', refused: false, error }
  if (attempts >= MAX_ATTEMPTS) return { state: 'failed', error }
  return { state: 'pending', retryInMs: BACKOFF_MS[Math.min(attempts, BACKOFF_MS.length) - 1], error }
}
