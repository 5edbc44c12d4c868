/**
 * "The town federation has a lawyer" (routing rule 1), read from the org's officers. Every `ask` with a town
 * needs it and officers change rarely, so a warm instance keeps the answer for a short while (per store, so
 * tests with their own stores never share it). A lawyer added to a town is routed to within LAWYERS_TTL_MS.
 */
import type { OfficerStore } from '../../_lib/store/port'

export const LAWYERS_TTL_MS = 60_000
/** A town federation has a handful of officers; this bounds the read if a directory says otherwise. */
const MAX_PAGES = 10

const caches = new WeakMap<OfficerStore, Map<string, { at: number; has: boolean }>>()

async function readHasLawyer(officers: OfficerStore, orgId: string): Promise<boolean> {
  let after: string | undefined
  for (let i = 0; i < MAX_PAGES; i++) {
    const page = await officers.listByOrg(orgId, after, 100)
    if (page.items.some((o) => o.role === 'lawyer')) return true
    if (!page.next) return false
    after = page.next
  }
  return false
}

export async function orgHasLawyer(officers: OfficerStore, orgId: string, clock: () => number = Date.now): Promise<boolean> {
  let cache = caches.get(officers)
  if (!cache) caches.set(officers, (cache = new Map()))
  const hit = cache.get(orgId)
  if (hit && clock() - hit.at <= LAWYERS_TTL_MS) return hit.has
  const has = await readHasLawyer(officers, orgId)
  cache.set(orgId, { at: clock(), has })
  return has
}
