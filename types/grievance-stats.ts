/** The statistics figures, shared by the domain (which computes them) and the pages (which show them). */
export type Counters = {
  /**
   * Cases the org (or an org below it) holds now. A case that escalated away is NOT received by the org that
   * lost it — that org's miss is `escalatedAway`.
   */
  received: number
  /** Accepted before accept-by. */
  acceptedOnTime: number
  /** Given an outcome (any of resolved, partly_resolved, referred, unsubstantiated). */
  resolved: number
  /** Resolved before resolve-by (15 calendar days plus pauses). */
  resolvedWithin15Days: number
  ratings: number
  ratingSum: number
  /** Ratings of 4 or 5. */
  satisfied: number
  reopened: number
  /** Held cases marked 督办: past resolve-by. */
  supervised: number
  /**
   * 超时未受理被升级: escalation hops away from the org because it did not accept by the deadline, counted at
   * the org that missed (one per hop: a case climbing enterprise union → area committee → town counts once for
   * each of the first two).
   */
  escalatedAway: number
}

export type OrgStats = Counters & {
  /** acceptedOnTime / received */
  onTimeAcceptRate: number | null
  /** resolved / received (办结率) */
  closureRate: number | null
  /** resolvedWithin15Days / resolved */
  within15DaysRate: number | null
  /** ratingSum / ratings, 1–5 */
  meanRating: number | null
  /** satisfied / ratings */
  satisfiedRate: number | null
  /** reopened / resolved */
  reopenRate: number | null
  /** escalatedAway / (received + escalatedAway): hops, not distinct cases (a hop inside a subtree is in both). */
  escalatedAwayRate: number | null
}
