import { radarListInput } from '../../../types/radar'
import { action } from '../../_lib/runtime/function'
import { requireRadarOfficer, townInScope } from '../lib/access'
import { LIST_MAX_AGE_MS, townRadar } from '../lib/snapshot'
import { listView } from '../lib/views'

/**
 * 企业风险雷达: a town's enterprises ranked by risk score over the last 90 days, each with its reasons, last 法律体检
 * and last alert. Town officers: their town; city officers: any town. Warm: the officer read and the town's snapshot.
 */
export const list = action({
  input: radarListInput,
  async handle({ townId, refresh, cursor, limit }, ctx) {
    const officer = await requireRadarOfficer(ctx)
    const org = await townInScope(ctx, officer, townId)
    const town = await townRadar(ctx.deps, org.id, ctx.now, { refresh, maxAgeMs: LIST_MAX_AGE_MS })
    return listView(org, town, cursor, limit ?? 50)
  },
})
