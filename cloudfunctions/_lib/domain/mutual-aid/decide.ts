/**
 * The mutual-aid decision clock and who approves (issue 12 §4), pure.
 * - Approving federation: the town federation of the union that checks the documents; the city for a union
 *   above the towns (a city-level industry union, the city itself).
 * - Decide-by: the end of the 5th working day after the day the documents were found complete.
 * - A missed decide-by climbs the ladder like grievances: the nearest federation above takes the approval with a
 *   fresh decide-by; at the top the claim is flagged overdue and stays.
 * - Money rules of a plan freeze once a claim exists: a change there needs a new plan (version).
 */
import type { Org } from '../../../../types/directory'
import { DECIDE_WORKDAYS } from '../../../../types/mutual-aid-labels'
import type { WorkCalendar } from '../calendar'
import { nearestHolder } from '../escalation-ladder'
import { pathIds } from '../scope'

export const isFederation = (o: Pick<Org, 'type'>) => o.type === 'town_federation' || o.type === 'city_federation'

/** The id of the org that approves the claims a union checks: its town, else the root of its path. */
export function approvingOrgId(reviewer: Pick<Org, 'type' | 'id' | 'townId' | 'path'>): string {
  if (isFederation(reviewer)) return reviewer.id
  return reviewer.townId ?? pathIds(reviewer.path)[0]
}

export function decideBy(from: Date, calendar: WorkCalendar): string {
  return calendar.endOfNthWorkdayAfter(from, DECIDE_WORKDAYS).at
}

export type ClaimClock = { status: string; escalateAt: string | null }
export type ClaimSweepStep = { kind: 'escalate'; to: Org; decideBy: string } | { kind: 'overdue' }

/** `chain`: the orgs on the approving federation's path, root first, the federation last. */
export function sweepClaim(c: ClaimClock, chain: readonly Org[], now: Date, calendar: WorkCalendar): ClaimSweepStep | null {
  if (c.status !== 'checked' || c.escalateAt === null || new Date(c.escalateAt).getTime() > now.getTime()) return null
  const to = nearestHolder(chain, isFederation)
  return to ? { kind: 'escalate', to, decideBy: decideBy(now, calendar) } : { kind: 'overdue' }
}

/** The fields a claim's payout depends on (and what the plan's eligibility rules are): frozen once locked. */
export const MONEY_RULES = ['year', 'feePerPerson', 'waitingDays', 'claimWithinDays', 'annualCap', 'reviewThreshold', 'sampleRate', 'benefits'] as const

type MoneyRules = Record<(typeof MONEY_RULES)[number], unknown>

export function moneyRulesChanged(stored: MoneyRules, next: MoneyRules): string[] {
  return MONEY_RULES.filter((k) => JSON.stringify(stored[k]) !== JSON.stringify(next[k]))
}
