/**
 * Limit counters whose period has ended, in the hourly sweep. A counter's key is a keyed hash of a person or a network
 * source and its period a Shanghai day or hour: kept, the collection would be a lasting record of who did something
 * when, which nothing needs once the period can no longer refuse anyone (PIPL: kept no longer than the purpose needs).
 * Yesterday's counters stay a day longer (a client's clock, a retry across midnight); older ones go in one call.
 */
import type { ActionContext } from '../_lib/runtime/deps'
import { shanghaiDay } from '../_lib/runtime/time'
import type { Budget } from './budget'

const DAY_MS = 24 * 3600_000

export async function removeEndedCounters(ctx: ActionContext, budget: Budget) {
  if (budget.spent()) {
    budget.incomplete = true
    return { removed: 0 }
  }
  return { removed: await ctx.deps.store.quota.removeEnded(shanghaiDay(new Date(ctx.now.getTime() - DAY_MS))) }
}
