/**
 * Loading what the mutual-aid statistics count for one cover year: the year's plans, the enrolments held by the
 * unions of a subtree (per union and plan: the port lists enrolments by union) and the claims checked in it.
 */
import type { Org } from '../../../types/directory'
import type { ClaimFacts, EnrolmentFacts } from '../../_lib/domain/mutual-aid/stats'
import type { Claim, Enrolment, Plan } from '../../_lib/store/mutual-aid-port'
import type { Page, Store } from '../../_lib/store/port'
import { mapLimited } from './members'

/** Bounds one statistics request (pages of 100): beyond it the answer says `truncated`. */
export const MAX_STATS_RECORDS = 200_000

async function all<T>(page: (after: string | undefined) => Promise<Page<T>>, budget: { left: number }): Promise<T[]> {
  const out: T[] = []
  let after: string | undefined
  for (;;) {
    const p = await page(after)
    out.push(...p.items)
    budget.left -= p.items.length
    if (!p.next || budget.left <= 0) return out
    after = p.next
  }
}

export async function plansOfYear(store: Store, year: number): Promise<Plan[]> {
  const out: Plan[] = []
  let after: string | undefined
  for (;;) {
    const p = await store.mutualAid.listPlans(after, 100)
    out.push(...p.items.filter((x) => x.year === year))
    // Newest year first: past the year asked for, nothing older matters.
    if (!p.next || p.items.some((x) => x.year < year)) return out
    after = p.next
  }
}

const enrolmentFacts = (e: Enrolment): EnrolmentFacts => ({ orgPath: e.orgPath, status: e.status, feeDue: e.feeDue, confirmed: e.paymentConfirmedAt !== null })
export const claimFacts = (c: Claim): ClaimFacts => ({
  reviewPath: c.reviewPath, status: c.status, payable: c.payout.payable, createdAt: c.createdAt, paidAt: c.paidAt,
  returned: c.history.some((e) => e.type === 'returned'), rejectCode: c.rejection?.code ?? null,
})

/** The org and every org below it (enrolments sit at any level of a union tree). */
export async function subtree(store: Store, org: Org, budget: { left: number }): Promise<Org[]> {
  return [org, ...(await all((after) => store.directory.listOrgsBelow(org.id, after, 100), budget))]
}

export async function statsFacts(store: Store, org: Org, plans: readonly Plan[]) {
  const budget = { left: MAX_STATS_RECORDS }
  const orgs = await subtree(store, org, budget)
  const pairs = plans.flatMap((p) => orgs.map((o) => [p.id, o.id] as const))
  const enrolments = (await mapLimited(pairs, ([planId, orgId]) => all((after) => store.mutualAid.listEnrolmentsOfOrg(orgId, planId, after, 100), budget))).flat()
  const claims = (await Promise.all(plans.map((p) => all((after) => store.mutualAid.listClaimsForStats(p.id, org.path, after, 100), budget)))).flat()
  return {
    orgs, truncated: budget.left <= 0,
    enrolments: enrolments.map(enrolmentFacts), claims: claims.map(claimFacts),
  }
}
