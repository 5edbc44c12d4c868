/**
 * Accountability figures for legal consultations (issue 11), per org rolled up (an org's row counts every
 * consultation that reached it or an org below it). Pure.
 *
 * - consultations: reached an org of the subtree (asked there, or moved there);
 * - answeredWithin24h: first answered by an org of the subtree before its answer-by, with no org of the subtree
 *   having let an answer-by pass (a town's miss is charged to the town and to every row above it);
 * - medianMinutesToFirstAnswer: asking → first answer, over those answered by an org of the subtree (what the
 *   worker waited);
 * - satisfaction: ratings of consultations answered in the subtree (mean, share of 4–5, share "solved");
 * - supervised: held in the subtree and marked 督办 (missed at the city);
 * - missed: consultations an org of the subtree let run past answer-by (the hop is charged where it happened).
 * Rates are null below MIN_CASES_FOR_RATE (small numbers point at people).
 */
import { MIN_CASES_FOR_RATE } from '../../../../types/grievance'

/** The fields of a stored consultation the figures read. */
export type ConsultRecord = {
  assignedOrgId: string
  missedOrgIds: string[]
  firstAnsweredAt: string | null
  answerBy: string
  createdAt: string
  rating: { score: number; solved: boolean } | null
  supervised: boolean
}

export type ConsultFacts = {
  /** Orgs it reached: where it is now and every org that missed it. */
  reached: string[]
  missed: string[]
  holder: string
  answered: boolean
  answeredOnTime: boolean
  minutesToFirstAnswer: number | null
  rating: { score: number; solved: boolean } | null
  supervised: boolean
}

export type LegalOrgStats = {
  consultations: number
  answered: number
  answeredWithin24h: number
  answeredWithin24hRate: number | null
  medianMinutesToFirstAnswer: number | null
  ratings: number
  meanRating: number | null
  satisfiedRate: number | null
  solvedRate: number | null
  supervised: number
  missed: number
}

const ms = (iso: string) => new Date(iso).getTime()

export function consultFacts(c: ConsultRecord): ConsultFacts {
  const answered = c.firstAnsweredAt !== null
  return {
    reached: [...new Set([...c.missedOrgIds, c.assignedOrgId])],
    missed: c.missedOrgIds,
    holder: c.assignedOrgId,
    answered,
    // The answer-by instant itself is late (as in the sweep).
    answeredOnTime: answered && ms(c.firstAnsweredAt!) < ms(c.answerBy),
    minutesToFirstAnswer: answered ? Math.round((ms(c.firstAnsweredAt!) - ms(c.createdAt)) / 60_000) : null,
    rating: c.rating,
    supervised: c.supervised,
  }
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null
  const s = [...values].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? s[mid] : Math.round((s[mid - 1] + s[mid]) / 2)
}

const rate = (n: number, of: number) => (of < MIN_CASES_FOR_RATE ? null : n / of)

/** The row of the subtree whose orgs `inSubtree` accepts. */
export function legalOrgStats(facts: readonly ConsultFacts[], inSubtree: (orgId: string) => boolean): LegalOrgStats {
  const reached = facts.filter((f) => f.reached.some(inSubtree))
  const answeredHere = reached.filter((f) => f.answered && inSubtree(f.holder))
  const onTime = answeredHere.filter((f) => f.answeredOnTime && !f.missed.some(inSubtree))
  const rated = answeredHere.filter((f) => f.rating !== null)
  const scores = rated.map((f) => f.rating!.score)
  return {
    consultations: reached.length,
    answered: answeredHere.length,
    answeredWithin24h: onTime.length,
    answeredWithin24hRate: rate(onTime.length, reached.length),
    medianMinutesToFirstAnswer: median(answeredHere.map((f) => f.minutesToFirstAnswer!)),
    ratings: rated.length,
    meanRating: rated.length < MIN_CASES_FOR_RATE ? null : scores.reduce((a, b) => a + b, 0) / rated.length,
    satisfiedRate: rate(scores.filter((s) => s >= 4).length, rated.length),
    solvedRate: rate(rated.filter((f) => f.rating!.solved).length, rated.length),
    supervised: reached.filter((f) => f.supervised && inSubtree(f.holder)).length,
    missed: reached.filter((f) => f.missed.some(inSubtree)).length,
  }
}
