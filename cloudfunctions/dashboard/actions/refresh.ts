import { refreshInput } from '../../../types/dashboard'
import type { OrgRollup } from '../../../types/dashboard'
import { buildRollups, emptyRollup } from '../../_lib/domain/dashboard/rollup'
import { action } from '../../_lib/runtime/function'
import { collect } from '../lib/collect'
import { arrearsByOrg, lastEndedMonth, organisingByOrg } from '../lib/governance'
import { shanghaiDay } from '../../_lib/runtime/time'

/** Figures without their time stamp: a rollup is written again only when a figure changed. */
const figures = ({ computedAt: _, ...rest }: OrgRollup) => JSON.stringify(rest)

/**
 * The hourly timer: recomputes every org's rollup from one read of the tree's last 12 months and writes those that
 * changed (an org no record touches any more gets an empty rollup once). Time stamps move only with the figures.
 */
export const refresh = action({
  input: refreshInput,
  access: 'system',
  async handle(_input, ctx) {
    const { store } = ctx.deps
    const input = await collect(ctx)
    const fresh = new Map(buildRollups(input).map((r) => [r.orgId, r]))
    for (const [orgId, organising] of await organisingByOrg(ctx, input.months[11].slice(0, 4)))
      fresh.set(orgId, { ...(fresh.get(orgId) ?? emptyRollup(orgId, input.months, input.computedAt)), organising })
    for (const [orgId, arrears] of await arrearsByOrg(ctx, lastEndedMonth(shanghaiDay(ctx.now))))
      fresh.set(orgId, { ...(fresh.get(orgId) ?? emptyRollup(orgId, input.months, input.computedAt)), arrears })
    const changed: OrgRollup[] = []
    let after: string | undefined
    for (;;) {
      const page = await store.dashboard.list(after, 100)
      for (const old of page.items) {
        const next = fresh.get(old.orgId) ?? emptyRollup(old.orgId, input.months, input.computedAt)
        fresh.delete(old.orgId)
        if (figures(next) !== figures(old)) changed.push(next)
      }
      if (!page.next) break
      after = page.next
    }
    changed.push(...fresh.values())
    await store.dashboard.put(changed)
    return { at: input.computedAt, written: changed.length, truncated: input.truncated }
  },
})
