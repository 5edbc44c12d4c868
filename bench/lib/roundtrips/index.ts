/** Opens the harness, measures every user-facing action (./scenarios.ts) and closes it. */
import { FUNCTIONS } from '../../../cloudfunctions/registry'
import { measureActions, openRoundTripHarness, type ActionMeasure } from './harness'
import { SCENARIOS } from './scenarios'

export { budgetOf, CATEGORIES } from './budgets'
export type { ActionMeasure } from './harness'

/** `<function>.<action>` of every action a person can call (timer-only actions are not user-facing). */
export function userFacingActions(): string[] {
  return Object.values(FUNCTIONS).flatMap((fn) =>
    Object.entries(fn.actions).filter(([, a]) => a.access !== 'system').map(([name]) => `${fn.name}.${name}`))
}

export async function measureRoundTrips(opts: { samples: number; delayMs: number; only?: string[] }): Promise<Record<string, ActionMeasure>> {
  const keys = opts.only ?? Object.keys(SCENARIOS)
  const missing = keys.filter((k) => !SCENARIOS[k])
  if (missing.length) throw new Error(`no round-trip scenario for ${missing.join(', ')}`)
  const h = await openRoundTripHarness()
  try {
    return await measureActions(h, Object.fromEntries(keys.map((k) => [k, SCENARIOS[k]])), opts)
  } finally {
    await h.close()
  }
}
