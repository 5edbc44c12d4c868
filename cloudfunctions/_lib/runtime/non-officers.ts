/**
 * Accounts this warm container has found NOT to be officers, remembered for a while. Worker actions that must refuse
 * every officer account before reading anything — the collective door: `grievance.collective`, then `grievance.join`
 * (lib/access.ts `requireNotOfficer`) — otherwise pay a round trip for the same answer twice in one report flow
 * (issue 10's budget; decision 0021).
 *
 * Only absence is remembered, and only this refusal uses it: officer records are never cached, so every officer
 * action reads the officer fresh and a removed officer loses access at once. An account appointed meanwhile in another
 * container passes this refusal for at most `ttlMs` — which grants nothing it could not do as a worker a minute
 * earlier: the collective door offers only cases whose every participant is named.
 */
export const NON_OFFICER_TTL_MS = 15 * 60_000
const MAX_ACCOUNTS = 10_000

export type NonOfficers = { has(openid: string): boolean; add(openid: string): void }

export function nonOfficers(ttlMs = NON_OFFICER_TTL_MS, clock: () => number = Date.now): NonOfficers {
  const seen = new Map<string, number>()
  return {
    has(openid) {
      const at = seen.get(openid)
      return at !== undefined && clock() - at <= ttlMs
    },
    add(openid) {
      if (seen.size >= MAX_ACCOUNTS) seen.clear() // a bound, not an LRU: forgetting costs one read each
      seen.set(openid, clock())
    },
  }
}
