/**
 * The officer dashboard (issue 13 §4): one page per org, rolled up over its subtree. The figures are read from one
 * rollup document per org that the dashboard's hourly timer keeps (docs/decisions/0019-charts.md).
 */
import * as z from 'zod/mini'
import { idField } from './fields'

export const getInput = z.object({ orgId: z.optional(idField('组织编号')) })
export const refreshInput = z.object({})

/** One month of a trend (`YYYY-MM`, Shanghai). Rates are null under MIN_CASES_FOR_RATE, as in the statistics. */
export type DashboardMonth = {
  month: string
  grievancesReceived: number
  onTimeAcceptRate: number | null
  satisfiedRate: number | null
  consultations: number
  answeredWithin24hRate: number | null
  /** Mutual-aid payments made that month, yuan. */
  mutualAidPaid: number
}

/** What the timer stores per org: figures only (counts, sums, rates), never a name or a case. */
export type OrgRollup = {
  orgId: string
  computedAt: string
  /** Oldest first, the last 12 months ending with the current one. */
  months: DashboardMonth[]
  grievances: {
    open: { pending: number; accepted: number; awaiting_info: number }
    received: number
    onTimeAcceptRate: number | null
    satisfiedRate: number | null
  }
  memberships: { pending: number; overdue: number }
  legal: { consultations: number; answeredWithin24hRate: number | null }
  mutualAid: { pending: number; paidThisYear: number; paidCountThisYear: number }
  /** Organising progress over the org's towns (organising.townTotals); absent below a town or before any import. */
  organising?: OrganisingTotals | null
  /** The arrears board of the last ended month over the org's towns (arrears.board's totals); absent below a town. */
  arrears?: ArrearsTotals | null
  /** True when a list was longer than one refresh reads (the figures are then lower bounds). */
  truncated: boolean
}

/** The arrears board totals for the current month (arrears capability); null until it is wired. */
export type ArrearsTotals = { month: string; filed: number; missing: number; overdue: number; arrears: number }
/** Organising progress (organising capability); null until it is wired. */
export type OrganisingTotals = { onList: number; organisedThisYear: number; coverageRate: number | null }

export type DashboardView = {
  org: { id: string; name: string; type: string }
  /** null: the first refresh has not run yet (the page says so). */
  computedAt: string | null
  rollup: OrgRollup
  arrears: ArrearsTotals | null
  organising: OrganisingTotals | null
}
