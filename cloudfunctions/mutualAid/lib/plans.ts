/**
 * Plans as the actions read them. A warm container keeps a plan it has read for a minute (on CloudBase each read
 * is a round trip, and every estimate and claim needs its plan); this container's own save replaces the copy. A
 * claim locks the plan it is filed under before it computes anything, with a version-guarded write, so the rules
 * it used are the stored ones and can no longer change (a lost race re-reads).
 */
import type { ActionContext } from '../../_lib/runtime/deps'
import { toIso } from '../../_lib/runtime/time'
import type { MutualAidStore, Plan } from '../../_lib/store/mutual-aid-port'

const TTL_MS = 60_000
const caches = new WeakMap<MutualAidStore, Map<string, { at: number; plan: Plan }>>()

function cacheOf(store: MutualAidStore) {
  let cache = caches.get(store)
  if (!cache) caches.set(store, (cache = new Map()))
  return cache
}

export function remember(ctx: ActionContext, plan: Plan): Plan {
  cacheOf(ctx.deps.store.mutualAid).set(plan.id, { at: Date.now(), plan })
  return plan
}

export async function readPlan(ctx: ActionContext, id: string, fresh = false): Promise<Plan | null> {
  const hit = cacheOf(ctx.deps.store.mutualAid).get(id)
  if (!fresh && hit && Date.now() - hit.at <= TTL_MS) return hit.plan
  const plan = await ctx.deps.store.mutualAid.getPlan(id)
  return plan && remember(ctx, plan)
}

/** The plan, locked (its money rules frozen), or null when it changed meanwhile: the caller reads it again. */
export async function lockPlan(ctx: ActionContext, plan: Plan): Promise<Plan | null> {
  if (plan.locked) return plan
  const locked: Plan = { ...plan, locked: true, updatedAt: toIso(ctx.now), version: plan.version + 1 }
  if (await ctx.deps.store.mutualAid.savePlan(locked)) return remember(ctx, locked)
  await readPlan(ctx, plan.id, true)
  return null
}
