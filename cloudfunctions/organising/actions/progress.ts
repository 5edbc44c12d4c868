import { progressInput } from '../../../types/organising'
import { townProgress, yearStartOf } from '../../_lib/domain/organising/list'
import { inScope } from '../../_lib/domain/scope'
import { requireOfficerFor } from '../../_lib/runtime/authz'
import { action } from '../../_lib/runtime/function'
import { shanghaiDay } from '../../_lib/runtime/time'

/**
 * 建会进度, per town in the org's subtree (an area committee or a union below a town: its town): enterprises on the
 * list, organised this year, and coverage of insured workers (insured in covered enterprises ÷ all insured).
 */
export const progress = action({
  input: progressInput,
  async handle({ orgId }, ctx) {
    const { org } = await requireOfficerFor(ctx, 'officer', orgId)
    const { directory, organising } = ctx.deps.store
    const towns = (await directory.listTowns()).filter((t) => inScope(org.id, t.path) || t.id === org.townId)
    const year = shanghaiDay(ctx.now).slice(0, 4)
    const totals = await organising.townTotals(towns.map((t) => t.id), yearStartOf(shanghaiDay(ctx.now)))
    const rows = totals.map((t, i) => townProgress(t, towns[i].name))
    const sum = (k: 'onList' | 'organisedThisYear' | 'insuredCovered' | 'insuredAll') => rows.reduce((n, r) => n + r[k], 0)
    const all = { onList: sum('onList'), organisedThisYear: sum('organisedThisYear'), insuredCovered: sum('insuredCovered'), insuredAll: sum('insuredAll') }
    return { orgId: org.id, year: Number(year), towns: rows, total: townProgress({ townId: org.id, ...all }, org.name) }
  },
})
