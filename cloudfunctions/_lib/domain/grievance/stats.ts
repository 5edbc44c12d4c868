/**
 * Accountability figures per org, rolled up the tree (an org's figures include every org below it).
 * Each rate is null when its own denominator is below MIN_CASES_FOR_RATE: small numbers are both
 * meaningless and a way to point at a reporter.
 * Most counters belong to the org holding a case now; `escalatedAway` belongs to the org a case left because
 * it did not accept in time — without it, a union that lets every case run out looks clean (nothing held).
 */
import { MIN_CASES_FOR_RATE } from '../../../../types/grievance'
import type { Counters, OrgStats } from '../../../../types/grievance-stats'

export type { Counters, OrgStats }

export type CaseFacts = {
  acceptedOnTime: boolean
  resolved: boolean
  resolvedWithin15Days: boolean
  rating: number | null
  reopened: boolean
  supervised: boolean
}

type PathCounters = { path: string; counters: Counters }

export const emptyCounters = (): Counters => ({
  received: 0,
  acceptedOnTime: 0,
  resolved: 0,
  resolvedWithin15Days: 0,
  ratings: 0,
  ratingSum: 0,
  satisfied: 0,
  reopened: 0,
  supervised: 0,
  escalatedAway: 0,
})

export function addCounters(into: Counters, add: Counters): Counters {
  for (const key of Object.keys(into) as (keyof Counters)[]) into[key] += add[key]
  return into
}

/** Counters of a set of cases held by one org. */
export function tally(cases: Iterable<CaseFacts>): Counters {
  const c = emptyCounters()
  for (const f of cases) {
    c.received += 1
    c.acceptedOnTime += Number(f.acceptedOnTime)
    c.resolved += Number(f.resolved)
    c.resolvedWithin15Days += Number(f.resolvedWithin15Days)
    c.reopened += Number(f.reopened)
    c.supervised += Number(f.supervised)
    if (f.rating !== null) {
      c.ratings += 1
      c.ratingSum += f.rating
      c.satisfied += Number(f.rating >= 4)
    }
  }
  return c
}

/**
 * Escalation hops as counters at the path each hop left (the cases' `missedPaths`: one entry per hop, repeats
 * kept, the path the org had when it missed), ready for `rollUp`.
 */
export function escalationsAway(missedPaths: Iterable<string>): PathCounters[] {
  const hops = new Map<string, number>()
  for (const path of missedPaths) hops.set(path, (hops.get(path) ?? 0) + 1)
  return [...hops].map(([path, n]) => ({ path, counters: { ...emptyCounters(), escalatedAway: n } }))
}

/** Totals for every org on any given path: each org's own counters added to itself and all its ancestors. */
export function rollUp(own: Iterable<PathCounters>): Map<string, Counters> {
  const totals = new Map<string, Counters>()
  for (const { path, counters } of own)
    for (const id of path.split('/').filter(Boolean)) {
      let total = totals.get(id)
      if (!total) totals.set(id, (total = emptyCounters()))
      addCounters(total, counters)
    }
  return totals
}

const round = (value: number, places: number) => Math.round(value * 10 ** places) / 10 ** places
const rate = (part: number, whole: number) => (whole < MIN_CASES_FOR_RATE ? null : round(part / whole, 4))

export function orgStats(c: Counters): OrgStats {
  return {
    ...c,
    onTimeAcceptRate: rate(c.acceptedOnTime, c.received),
    closureRate: rate(c.resolved, c.received),
    within15DaysRate: rate(c.resolvedWithin15Days, c.resolved),
    meanRating: c.ratings < MIN_CASES_FOR_RATE ? null : round(c.ratingSum / c.ratings, 2),
    satisfiedRate: rate(c.satisfied, c.ratings),
    reopenRate: rate(c.reopened, c.resolved),
    escalatedAwayRate: rate(c.escalatedAway, c.received + c.escalatedAway),
  }
}
