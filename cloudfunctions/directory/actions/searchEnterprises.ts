import { searchEnterprisesInput } from '../../../types/directory'
import { action } from '../../_lib/runtime/function'

/** Worker forms: find the employer by a name fragment or its credit code. Browsing needs no identity. */
export const searchEnterprises = action({
  input: searchEnterprisesInput,
  access: 'public',
  async handle({ q, townId, after, limit }, { deps }) {
    return deps.store.directory.searchEnterprises(q, townId, after, limit ?? 20)
  },
})
