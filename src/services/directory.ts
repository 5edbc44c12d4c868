/** Typed calls to the `directory` function (contract: docs/api.md, types/directory.ts). */
import type { Enterprise, Org } from '../../types/directory'
import type { Page } from '../../types/zod'
import { call } from './api'

export type SearchEnterprisesInput = { q: string; townId?: string; after?: string; limit?: number }

export const directoryApi = {
  searchEnterprises: (input: SearchEnterprisesInput) => call<Page<Enterprise>>('directory', 'searchEnterprises', input),
  listTowns: () => call<{ items: Org[] }>('directory', 'listTowns'),
  listTownOrgs: (input: { townId: string; after?: string; limit?: number }) =>
    call<Page<Org>>('directory', 'listTownOrgs', input),
  getOrg: (id: string) => call<{ org: Org; ancestors: Org[] }>('directory', 'getOrg', { id }),
}
