/**
 * The employer risk radar's weights and threshold: ONE table, documented with its reasons in
 * docs/decisions/0018-risk-radar.md. Change a number here and there together.
 */
import type { GrievanceCategory } from '../../../../types/grievance-labels'

export const RADAR_TABLE = {
  /** Only what happened in the last this many days counts (cases by creation, reports by month). */
  windowDays: 90,
  /** A score at or above this puts the enterprise on the town's alert list (once per `alertEveryDays`). */
  threshold: 10,
  alertEveryDays: 90,
  /** Points per grievance case, by category: unpaid wages and danger to life weigh most. */
  caseWeights: {
    wage_arrears: 3,
    safety: 3,
    work_injury: 2,
    social_insurance: 2,
    overtime: 1,
    contract: 1,
    other: 1,
  } satisfies Record<GrievanceCategory, number>,
  /** A collective case (2+ workers affected, or 2+ reporters/joiners) counts this many times its category weight. */
  collectiveFactor: 2,
  /** A case is collective from this many affected workers or participants on. */
  collectiveFrom: 2,
  /** Per zero-report month in the window that declared arrears. */
  arrearsReport: 4,
  /** Per zero-report month in the window that is overdue (not filed after its due day). */
  overdueReport: 1,
  /** Once, when insured staff fell by at least `insuredDropRatio` between the last two imports. */
  insuredDrop: 3,
  insuredDropRatio: 0.2,
} as const

export type RadarTable = typeof RADAR_TABLE
