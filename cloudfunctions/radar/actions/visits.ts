import { radarVisitsInput } from '../../../types/radar'
import { action } from '../../_lib/runtime/function'
import { requireRadarOfficer, townInScope } from '../lib/access'

/** An enterprise's 法律体检 visits recorded under a town in the officer's scope, latest first. */
export const visits = action({
  input: radarVisitsInput,
  async handle({ townId, enterpriseId, cursor, limit }, ctx) {
    const officer = await requireRadarOfficer(ctx)
    const town = await townInScope(ctx, officer, townId)
    const page = await ctx.deps.store.radar.listVisits(town.id, enterpriseId, cursor, limit ?? 20)
    return { items: page.items.map(({ id, date, findings, at }) => ({ id, date, findings, at })), next: page.next }
  },
})
