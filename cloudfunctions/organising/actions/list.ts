import { organisingListInput } from '../../../types/organising'
import { listItem } from '../../_lib/domain/organising/list'
import { inScope } from '../../_lib/domain/scope'
import { action } from '../../_lib/runtime/function'
import { AppError, fail } from '../../_lib/runtime/result'
import { organisingOfficer, townOf } from '../lib/access'

/**
 * 建会清单: a town's enterprises with 25 or more insured and no union or joint-union coverage, largest first. A town
 * officer sees its town (optionally one area committee of it), the city any town it names, an area committee the
 * entries assigned to it.
 */
export const list = action({
  input: organisingListInput,
  async handle({ townId, areaId, status, cursor, after, limit }, ctx) {
    const { org } = await organisingOfficer(ctx)
    const { directory, organising } = ctx.deps.store
    let filter: { townId: string; areaId?: string }
    if (org.type === 'area_committee') filter = { townId: org.townId ?? '', areaId: org.id }
    else {
      const id = townId ?? org.townId
      if (!id) return fail('VALIDATION', '请选择镇街', { townId: '请选择镇街' })
      const town = await townOf(ctx, id)
      if (!inScope(org.id, town.path)) throw new AppError('FORBIDDEN', '该镇街不在您的管辖范围内')
      filter = { townId: town.id }
      if (areaId) {
        const area = await directory.getOrg(areaId)
        if (!area || area.type !== 'area_committee' || area.townId !== town.id) return fail('VALIDATION', '片区工委不属于该镇街', { areaId: '片区工委不属于该镇街' })
        filter.areaId = area.id
      }
    }
    const page = await organising.listOpen({ ...filter, ...(status ? { status } : {}) }, cursor ?? after, limit ?? 50)
    return { ...filter, items: page.items.map(listItem), next: page.next }
  },
})
