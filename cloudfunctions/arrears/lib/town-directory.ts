/**
 * A town's enterprises and the orgs that file for them (with the area committees above those), as the board and the
 * reminders need them. The directory changes a few times a year (an import), while on CloudBase reading it is a
 * request per 1,000 enterprises plus the orgs: a container keeps what it read for TTL_MS (as org-cache.ts does for
 * orgs), so a warm board costs the officer read and the month's reports only. A board may show an enterprise added
 * by an import up to that long later; nothing is decided from this data (access is checked on fresh reads).
 */
import type { Enterprise } from '../../../types/directory'
import type { BoardOrg } from '../../_lib/domain/arrears/board'
import { filerOf } from '../../_lib/domain/arrears/filer'
import { pathIds } from '../../_lib/domain/scope'
import type { ActionContext } from '../../_lib/runtime/deps'
import { orgsForDisplay } from '../../_lib/store/org-cache'
import type { Store } from '../../_lib/store/port'

export const TOWN_DIRECTORY_TTL_MS = 60_000

export type TownDirectory = { enterprises: Enterprise[]; orgs: Map<string, BoardOrg> }

/** Per store (one per container, one per test database), per town. */
const cache = new WeakMap<Store, Map<string, { at: number; value: Promise<TownDirectory> }>>()

async function read(store: Store, townId: string): Promise<TownDirectory> {
  const enterprises = await store.directory.listTownEnterprises(townId)
  const filers = await orgsForDisplay(store.directory, [...new Set(enterprises.map(filerOf))])
  const known = new Set(filers.map((o) => o.id))
  const above = [...new Set(filers.flatMap((o) => pathIds(o.path)))].filter((id) => !known.has(id))
  const ancestors = above.length ? await orgsForDisplay(store.directory, above) : []
  const orgs = new Map<string, BoardOrg>()
  for (const o of [...filers, ...ancestors]) orgs.set(o.id, { id: o.id, name: o.name, type: o.type, path: o.path })
  return { enterprises, orgs }
}

export function townDirectory(ctx: ActionContext, townId: string, clock: () => number = Date.now): Promise<TownDirectory> {
  const { store } = ctx.deps
  let towns = cache.get(store)
  if (!towns) cache.set(store, (towns = new Map()))
  const hit = towns.get(townId)
  if (hit && clock() - hit.at <= TOWN_DIRECTORY_TTL_MS) return hit.value
  const value = read(store, townId)
  towns.set(townId, { at: clock(), value })
  value.catch(() => towns!.delete(townId)) // a failed read is not kept
  return value
}
