import { listTownOrgsInput } from '../../../types/directory'
import { action } from '../../_lib/runtime/function'
import { fail } from '../../_lib/runtime/result'

export const listTownOrgs = action({
  input: listTownOrgsInput,
  access: 'public',
  async handle({ townId, after, limit }, { deps }) {
    const town = await deps.store.directory.getOrg(townId)
    if (town?.type !== 'town_federation') return fail('NOT_FOUND', '没有找到该镇(街道)总工会')
    return deps.store.directory.listOrgsBelow(townId, after, limit ?? 50)
  },
})
