/**
 * Founding a union or joining a joint union changes the directory, through the directory's own import use case
 * (the same validation, scope check and write as `directory.import`), never by writing directory rows here. That
 * use case then takes the enterprise off the list (markCovered).
 */
import type { DirectoryFile, Org } from '../../../types/directory'
import { ORGANISING_ERRORS } from '../../../types/organising-labels'
import type { ActionContext } from '../../_lib/runtime/deps'
import { fail, isFailure, type Failure } from '../../_lib/runtime/result'
import { toIso } from '../../_lib/runtime/time'
import type { OrganisingEntry } from '../../_lib/store/organising-port'
import { importDirectory } from '../../directory/importDirectory'

export type Coverage = { unionId?: string; unionName?: string; jointUnionId?: string }

/** An id the directory accepts, derived from the credit code (stable: a retry writes the same records). */
const idFor = (prefix: string, code: string) => `${prefix}-${code.toLowerCase()}`

export async function coverInDirectory(ctx: ActionContext, actor: Org, e: OrganisingEntry, founded: boolean, c: Coverage): Promise<{ enterpriseId: string } | Failure> {
  const { directory } = ctx.deps.store
  if (founded && !c.unionId && !c.unionName) return fail('ORGANISING.NEEDS_UNION', ORGANISING_ERRORS['ORGANISING.NEEDS_UNION'], { unionName: ORGANISING_ERRORS['ORGANISING.NEEDS_UNION'] })
  if (!founded && !c.jointUnionId) return fail('ORGANISING.NEEDS_JOINT_UNION', ORGANISING_ERRORS['ORGANISING.NEEDS_JOINT_UNION'], { jointUnionId: ORGANISING_ERRORS['ORGANISING.NEEDS_JOINT_UNION'] })
  const stored = e.enterpriseId ? await directory.getEnterprise(e.enterpriseId) : null
  const enterpriseId = stored?.id ?? idFor('ent', e.creditCode)
  const newUnion = founded && !c.unionId ? idFor('eu', e.creditCode) : null
  const file: DirectoryFile = {
    orgs: newUnion ? [{ id: newUnion, name: c.unionName as string, type: 'enterprise_union', kind: null, parentId: e.areaId ?? e.townId }] : [],
    enterprises: [{
      id: enterpriseId, name: stored?.name ?? e.name, creditCode: e.creditCode, townId: stored?.townId ?? e.townId,
      unionId: founded ? (c.unionId ?? newUnion) : (stored?.unionId ?? null),
      jointUnionId: founded ? (stored?.jointUnionId ?? null) : (c.jointUnionId ?? null),
      staff: stored?.staff ?? e.insured, industry: stored?.industry ?? null,
    }],
    officers: [],
  }
  // The officer acts for the enterprise's town (an area committee for its own rows): the town's subtree is the scope.
  const scopeOrgId = actor.type === 'city_federation' ? actor.id : e.townId
  const out = await importDirectory(ctx.deps.store, file, { scopeOrgId, at: toIso(ctx.now) })
  if (isFailure(out)) return out
  return { enterpriseId }
}
