/** The statistics figures, shared by the domain (which computes them) and the pages (which show them). */
export type Counters = {
  /** Cases that reached the org. */
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
}
