/**
 * A sweep run's wall-clock budget. The run stops taking new work when it is spent, well inside the function's 60 s
 * timeout (scripts/functions.config.ts); whatever is left stays due, and the next hourly run goes on with it. A fixed
 * case count could not serve both stores: ~0.5 ms a case on SQLite (5,000 cases used 3 s of the 60), one network
 * round trip per store call on CloudBase (5,000 cases there would overrun the timeout). Measured on the machine's
 * clock: the request clock (`ctx.now`) is fixed for the whole call.
 */
export const SWEEP_BUDGET_MS = 40_000

export type Budget = {
  /** True once the budget is used up: take no more work. */
  spent(): boolean
  /** Set when work was left undone because the budget ran out. */
  incomplete: boolean
}

export function budgetOf(ms: number, clock: () => number = () => performance.now()): Budget {
  const end = clock() + ms
  return { spent: () => clock() >= end, incomplete: false }
}
