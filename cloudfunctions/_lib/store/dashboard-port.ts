/**
 * The officer dashboard's rollups (issue 13 §4): one record per org, replaced by the dashboard's hourly refresh and
 * read whole by `dashboard.get` (one request). Figures only: no names, no cases.
 */
import type { OrgRollup } from '../../../types/dashboard'
import type { Page } from '../../../types/zod'

export type { OrgRollup }

export interface DashboardStore {
  get(orgId: string): Promise<OrgRollup | null>
  /** Upserts each rollup by orgId (the whole record is replaced). */
  put(rollups: readonly OrgRollup[]): Promise<void>
  /** Every stored rollup, ordered by orgId. Cursor = orgId. */
  list(after: string | undefined, limit: number): Promise<Page<OrgRollup>>
}
