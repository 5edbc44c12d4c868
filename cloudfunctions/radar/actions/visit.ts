import { RADAR_ERRORS, radarVisitInput } from '../../../types/radar'
import { action } from '../../_lib/runtime/function'
import { AppError, fail } from '../../_lib/runtime/result'
import { shanghaiDay, toIso } from '../../_lib/runtime/time'
import { requireRadarOfficer, townInScope } from '../lib/access'

/**
 * Records a 法律体检 visit to an enterprise of a town in the officer's scope: a day not after today (Shanghai), the
 * findings. The enterprise's radar row shows the latest visit. A retried request (same requestId) records it once.
 */
export const visit = action({
  input: radarVisitInput,
  async handle({ enterpriseId, date, findings, requestId }, ctx) {
    const officer = await requireRadarOfficer(ctx)
    const enterprise = await ctx.deps.store.directory.getEnterprise(enterpriseId)
    if (!enterprise) throw new AppError('NOT_FOUND', RADAR_ERRORS['RADAR.UNKNOWN_ENTERPRISE'])
    const town = await townInScope(ctx, officer, enterprise.townId)
    if (date > shanghaiDay(ctx.now)) return fail('VALIDATION', RADAR_ERRORS['RADAR.FUTURE_DATE'], { date: RADAR_ERRORS['RADAR.FUTURE_DATE'] })
    const id = ctx.deps.crypto.hash(`radar-visit:${officer.openid}:${requestId}`).slice(0, 32)
    const recorded = await ctx.deps.store.radar.addVisit({
      id, townId: town.id, enterpriseId, date, findings, officerOpenid: officer.openid, orgId: officer.orgId, at: toIso(ctx.now),
    })
    return { id, townId: town.id, enterpriseId, date, recorded }
  },
})
