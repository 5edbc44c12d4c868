/**
 * Loading what the statistics count: per-case facts grouped by holding org, escalation misses grouped by the
 * org that missed, and an org's direct children.
 */
import type { Org } from '../../../types/directory'
import { escalationsAway, missedAcceptBy, tally, type CaseFacts, type Counters } from '../../_lib/domain/grievance/stats'
import type { GrievanceCase, Store } from '../../_lib/store/port'

/** Bounds one statistics request (pages of 100): a city-wide year fits; beyond it the answer says `truncated`. */
export const MAX_STATS_CASES = 50_000
const MAX_ORGS_BELOW = 5_000
/** Ids per directory look-up: one page's worth, well inside both adapters' limits. */
const ORG_CHUNK = 100

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
    supervised: c.supervised,
  }
}

/**
 * Counters of the cases created in [from, to) below `path`, per org path: the holder's facts at the assigned
 * path, each escalation hop at the path of the org that missed. Only cases held inside the subtree now are
 * read, so an org's own misses whose case now sits above it show in its ancestors' statistics, not its own.
 */
export async function countsByPath(store: Store, path: string, from: string, to: string) {
  const facts = new Map<string, CaseFacts[]>()
  const misses = new Map<string, number>()
  let after: string | undefined
  let seen = 0
  let truncated = false
  for (;;) {
    const page = await store.grievances.listForStats(path, from, to, after, 100)
    for (const c of page.items) {
      const list = facts.get(c.assignedPath) ?? []
      list.push(caseFacts(c))
      facts.set(c.assignedPath, list)
      for (const orgId of missedAcceptBy(c.history)) misses.set(orgId, (misses.get(orgId) ?? 0) + 1)
    }
    seen += page.items.length
    if (!page.next) break
    if (seen >= MAX_STATS_CASES) {
      truncated = true
      break
    }
    after = page.next
  }
  const held: { path: string; counters: Counters }[] = [...facts].map(([p, list]) => ({ path: p, counters: tally(list) }))
  const paths = await orgPaths(store, [...misses.keys()])
  const own = [...held, ...escalationsAway(misses, paths, rootOf(path))]
  return { own, cases: seen, truncated }
}

/** Paths of the orgs still in the directory, looked up once per id per request, a chunk at a time. */
async function orgPaths(store: Store, ids: string[]): Promise<Map<string, string>> {
  const paths = new Map<string, string>()
  for (let i = 0; i < ids.length; i += ORG_CHUNK)
    for (const org of await store.directory.getOrgs(ids.slice(i, i + ORG_CHUNK))) paths.set(org.id, org.path)
  return paths
}

/** '/yw/sx/' → '/yw/': the directory's root, where a miss by an org no longer in the directory is counted. */
const rootOf = (path: string) => `/${path.split('/').filter(Boolean)[0] ?? ''}/`

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
