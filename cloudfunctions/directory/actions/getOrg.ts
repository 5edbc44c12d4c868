import { getOrgInput } from '../../../types/directory'
import { pathIds } from '../../_lib/domain/scope'
import { action } from '../../_lib/runtime/function'
import { fail } from '../../_lib/runtime/result'

/** An org with its ancestor chain, root first. */
export const getOrg = action({
  input: getOrgInput,
  access: 'public',
  async handle({ id }, { deps }) {
    const org = await deps.store.directory.getOrg(id)
    if (!org) return fail('NOT_FOUND', '没有找到该组织')
    const ancestorIds = pathIds(org.path).filter((a) => a !== id)
    const found = await deps.store.directory.getOrgs(ancestorIds)
    const ancestors = ancestorIds.map((a) => found.find((o) => o.id === a)).filter((o) => o !== undefined)
    return { org, ancestors }
  },
})
