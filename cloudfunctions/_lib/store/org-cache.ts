/**
 * The org tree changes when an administrator imports the directory (a few times a year); nearly every action
 * reads an org or two (the officer's own, the routing chain, a card's union). On CloudBase each read is a
 * network round trip, so a warm container keeps the orgs it has read for a short while (issue 10).
 *
 * Cached: `getOrg`, `listTowns`, and `getEnterprise` — the one enterprise a routing decision reads (a report's,
 * an application's, a transfer's employer), which changes only by the same imports. Never officers (a removed
 * officer loses access on the next call); `getOrgs` and the enterprise lists and batches always read (the import
 * plans against them). A missing org or enterprise is not cached (an import may add it). This container's own
 * import clears the cache; another container sees an import after at most `ttlMs` (routing and scope checks may
 * use an org or an enterprise as it was up to that long ago: a union founded a minute ago may still see a report
 * routed to its town, which then transfers it).
 */
import type { Enterprise, Org } from '../../../types/directory'
import type { DirectoryStore, Store } from './port'

export const ORG_CACHE_TTL_MS = 60_000

/** A cached directory's look-up without a read (for orgsForDisplay); absent on an uncached directory. */
const PEEK = Symbol('orgCache.peek')
type Peekable = DirectoryStore & { [PEEK]?: (id: string) => Org | undefined }

export function cachedOrgs(inner: DirectoryStore, ttlMs = ORG_CACHE_TTL_MS, clock: () => number = Date.now): DirectoryStore {
  let orgs = new Map<string, { at: number; org: Org }>()
  let towns: { at: number; list: Org[] } | undefined
  let enterprises = new Map<string, { at: number; enterprise: Enterprise }>()
  const fresh = (at: number) => clock() - at <= ttlMs
  const hit = (id: string) => {
    const e = orgs.get(id)
    return e && fresh(e.at) ? e.org : undefined
  }
  const keep = (list: Org[]) => {
    const at = clock()
    for (const org of list) orgs.set(org.id, { at, org })
  }
  const directory: Peekable = {
    ...inner,
    [PEEK]: hit,
    async getOrg(id) {
      const cached = hit(id)
      if (cached) return cached
      const org = await inner.getOrg(id)
      if (org) keep([org])
      return org
    },
    // Always read: the directory import plans against these and must see the orgs as stored now.
    // What it reads refreshes the cache.
    async getOrgs(ids) {
      const found = await inner.getOrgs(ids)
      keep(found)
      return found
    },
    async getEnterprise(id) {
      const e = enterprises.get(id)
      if (e && fresh(e.at)) return e.enterprise
      const enterprise = await inner.getEnterprise(id)
      if (enterprise) enterprises.set(id, { at: clock(), enterprise })
      return enterprise
    },
    async listTowns() {
      if (towns && fresh(towns.at)) return [...towns.list]
      const list = await inner.listTowns()
      towns = { at: clock(), list: [...list] }
      keep(list)
      return list
    },
    async upsertBatch(batch, onProgress) {
      try {
        await inner.upsertBatch(batch, onProgress)
      } finally {
        orgs = new Map()
        towns = undefined
        enterprises = new Map()
      }
    },
  }
  return directory
}

/**
 * Orgs to name in a view (a case's timeline, an application's union): what this container has cached, the rest
 * in one `getOrgs`. Not for the import, which must read the store. Unknown ids are left out; order is not kept.
 */
export async function orgsForDisplay(directory: DirectoryStore, ids: readonly string[]): Promise<Org[]> {
  const unique = [...new Set(ids)]
  const peek = (directory as Peekable)[PEEK]
  const known = peek ? unique.map(peek).filter((o): o is Org => o !== undefined) : []
  const missing = unique.filter((id) => !known.some((o) => o.id === id))
  return [...known, ...(missing.length ? await directory.getOrgs(missing) : [])]
}

/** The store with its directory's org reads cached (CloudBase deps; SQLite reads are local and need none). */
export function withOrgCache(store: Store, ttlMs = ORG_CACHE_TTL_MS): Store {
  return { ...store, directory: cachedOrgs(store.directory, ttlMs) }
}
