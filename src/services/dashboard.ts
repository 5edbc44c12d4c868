/** Typed calls to the `dashboard` function (issue 13 §4). Types only: no zod in pages. */
import type { DashboardView } from '../../types/dashboard'
import { call } from './api'

export type { DashboardView }

export const dashboardApi = {
  get: (input: { orgId?: string } = {}) => call<DashboardView>('dashboard', 'get', input),
}
