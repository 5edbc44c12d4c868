import { useCallback, useEffect, useState } from 'react'
import type { ErrorBody } from '../../../types/envelope'
import { dashboardApi, type DashboardView } from '../../services/dashboard'

export type DashboardState = { status: 'loading' } | { status: 'error'; error: ErrorBody } | { status: 'ready'; view: DashboardView }

/** Loads the dashboard of `orgId` (default: the officer's own org). */
export function useDashboard(orgId: string | undefined) {
  const [state, setState] = useState<DashboardState>({ status: 'loading' })
  const load = useCallback(async () => {
    setState({ status: 'loading' })
    const res = await dashboardApi.get(orgId ? { orgId } : {})
    setState(res.ok ? { status: 'ready', view: res.data } : { status: 'error', error: res.error })
  }, [orgId])
  useEffect(() => {
    void load()
  }, [load])
  return { state, reload: load }
}
