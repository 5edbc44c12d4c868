/** Loading what the statistics count: per-case facts grouped by holding org, and an org's direct children. */
import type { Org } from '../../../types/directory'
import { tally, type CaseFacts, type Counters } from '../../_lib/domain/grievance/stats'
import type { GrievanceCase, Store } from '../../_lib/store/port'

/** Bounds one statistics request (pages of 100): a city-wide year fits; beyond it the answer says `truncated`. */
export const MAX_STATS_CASES = 50_000
const MAX_ORGS_BELOW = 5_000

const before = (a: string, b: string) => new Date(a).getTime() < new Date(b).getTime()

/**
 * What one case contributes. The deadline instant itself is late (as in the sweep). A reopened case counts as
 * resolved again only once the org resolves it again.
 */
export function caseFacts(c: GrievanceCase): CaseFacts {
  const resolved = c.status === 'resolved' || c.status === 'closed'
  return {
    acceptedOnTime: c.acceptedAt !== null && before(c.acceptedAt, c.acceptBy),
    resolved,
    resolvedWithin15Days: resolved && c.resolvedAt !== null && c.resolveBy !== null && before(c.resolvedAt, c.resolveBy),
    rating: c.rating,
    reopened: c.reopenCount > 0,
  }
}

/** Counters of the cases created in [from, to) below `path`, per assigned org path. */
export async function countsByPath(store: Store, path: string, from: string, to: string) {
  const facts = new Map<string, CaseFacts[]>()
  let after: string | undefined
  let seen = 0
  let truncated = false
  for (;;) {
    const page = await store.grievances.listForStats(path, from, to, after, 100)
    for (const c of page.items) {
      const list = facts.get(c.assignedPath) ?? []
      list.push(caseFacts(c))
      facts.set(c.assignedPath, list)
    }
    seen += page.items.length
    if (!page.next) break
    if (seen >= MAX_STATS_CASES) {
      truncated = true
      break
    }
    after = page.next
  }
  const own: { path: string; counters: Counters }[] = [...facts].map(([p, list]) => ({ path: p, counters: tally(list) }))
  return { own, cases: seen, truncated }
}

/** The orgs directly below `org`, ordered by id. */
export async function childrenOf(store: Store, org: Org): Promise<Org[]> {
  const children: Org[] = []
  let after: string | undefined
  for (let seen = 0; seen < MAX_ORGS_BELOW; ) {
    const page = await store.directory.listOrgsBelow(org.id, after, 100)
    children.push(...page.items.filter((o) => o.parentId === org.id))
    seen += page.items.length
    if (!page.next) break
    after = page.next
  }
  return children
}
