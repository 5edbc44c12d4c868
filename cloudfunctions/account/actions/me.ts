import { meInput } from '../../../types/account'
import { action } from '../../_lib/runtime/function'
import type { ActionContext } from '../../_lib/runtime/deps'

/** Who the caller is: every caller is a worker; some are also bound to an org as an officer. */
export const me = action({
  input: meInput,
  async handle(_input, { caller, deps }: ActionContext) {
    const openid = caller.kind === 'user' ? caller.openid : ''
    const officer = await deps.store.officers.get(openid)
    const org = officer ? await deps.store.directory.getOrg(officer.orgId) : null
    return { openid, officer: officer && org ? { ...officer, org } : null }
  },
})
