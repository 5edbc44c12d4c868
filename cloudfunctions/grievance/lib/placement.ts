/** Directory look-ups the grievance actions share: the root, a town, the chain of an org. */
import type { Org } from '../../../types/directory'
import { pathIds } from '../../_lib/domain/scope'
import type { Store } from '../../_lib/store/port'

/**
 * The city federation at the top of the directory (the root of every town's path): the first org on `near`'s
 * path when one is at hand (one read, on every submit), else on the first town's.
 */
export async function findRoot(store: Store, near: Org | null = null): Promise<Org> {
  const town = near ?? (await store.directory.listTowns())[0]
  const root = town ? await store.directory.getOrg(pathIds(town.path)[0]) : null
  if (!root) throw new Error('the directory has no city federation: import the directory first')
  return root
}

/** The orgs on an org's path, root first (the org itself last). */
export async function chainOf(store: Store, path: string): Promise<Org[]> {
  const ids = pathIds(path)
  const orgs = await store.directory.getOrgs(ids)
  return ids.map((id) => orgs.find((o) => o.id === id)).filter((o): o is Org => o !== undefined)
}
