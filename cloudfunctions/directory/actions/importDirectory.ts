import { importDirectoryInput } from '../../../types/directory'
import { audit } from '../../_lib/runtime/audit'
import { requireOfficer } from '../../_lib/runtime/authz'
import { action } from '../../_lib/runtime/function'
import { isFailure } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import { importDirectory as run } from '../importDirectory'

/** Admin import: everything in the file must lie within the admin's own org subtree. */
export const importDirectory = action({
  input: importDirectoryInput,
  async handle({ data }, ctx) {
    const admin = await requireOfficer(ctx, 'admin')
    const result = await run(ctx.deps.store, data, { scopeOrgId: admin.orgId, fieldPrefix: 'data.', at: toIso(ctx.now) })
    if (isFailure(result)) return result
    await audit(ctx, 'directory.import', 'org', admin.orgId, result)
    return result
  },
})
