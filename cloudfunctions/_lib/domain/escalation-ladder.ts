/**
 * The escalation ladder shared by grievances and membership applications: when an org misses its deadline,
 * the item climbs to the nearest ancestor allowed to hold it (a protected item skips grassroots orgs).
 */
import type { Org } from '../../../types/directory'

/**
 * `chain`: the orgs on the holder's path, root first, the current holder last. Returns the nearest ancestor
 * (never the holder itself) for which `mayHold` is true, or null at the root.
 */
export function nearestHolder(chain: readonly Org[], mayHold: (o: Org) => boolean): Org | null {
  for (let i = chain.length - 2; i >= 0; i--) if (mayHold(chain[i])) return chain[i]
  return null
}
