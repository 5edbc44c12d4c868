/**
 * Loading what the statistics count: per-case facts grouped by holding org, escalation misses grouped by the
 * path the case left, and an org's direct children.
 */
import type { Org } from '../../../types/directory'
import type { Page } from '../../../types/zod'
import { escalationsAway, tally, type CaseFacts, type Counters } from '../../_lib/domain/grievance/stats'
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
    supervised: c.supervised,
  }
}

type Lister = (after: string | undefined) => Promise<Page<GrievanceCase>>

/** Walks a list to its end, or until `budget` cases were read (then `truncated`). */
async function readAll(list: Lister, budget: number, each: (c: GrievanceCase) => void) {
  let after: string | undefined
  let read = 0
  for (;;) {
    const page = await list(after)
    page.items.forEach(each)
    read += page.items.length
    if (!page.next) return { read, truncated: false }
    if (read >= budget) return { read, truncated: true }
    after = page.next
  }
}

/**
 * Counters of the cases created in [from, to) touching the subtree at `path`, per org path. Two lists: the
 * cases held inside the subtree now (their facts at the assigned path), and the cases escalated away from an
 * org inside it, wherever they are now — so an org sees its own misses, not only its parents. Each case is
 * counted once; its misses go to the paths they happened at, only those inside the subtree.
 */
export async function countsByPath(store: Store, path: string, from: string, to: string) {
  const facts = new Map<string, CaseFacts[]>()
  const missed: string[] = []
  const seen = new Set<string>()
  const count = (c: GrievanceCase) => {
    seen.add(c.id)
    missed.push(...c.missedPaths.filter((p) => p.startsWith(path)))
  }
  const held = await readAll((after) => store.grievances.listForStats(path, from, to, after, 100), MAX_STATS_CASES, (c) => {
    const list = facts.get(c.assignedPath) ?? []
    list.push(caseFacts(c))
    facts.set(c.assignedPath, list)
    count(c)
  })
  const away = held.truncated
    ? { truncated: true }
    : await readAll((after) => store.grievances.listMissedFrom(path, from, to, after, 100), MAX_STATS_CASES - held.read, (c) => {
        if (!seen.has(c.id)) count(c)
      })
  const own: { path: string; counters: Counters }[] = [...facts].map(([p, list]) => ({ path: p, counters: tally(list) }))
  return { own: [...own, ...escalationsAway(missed)], cases: seen.size, truncated: held.truncated || away.truncated }
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
