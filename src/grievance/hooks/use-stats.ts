import { useCallback, useEffect, useRef, useState } from 'react'
import type { ErrorBody } from '../../../types/envelope'
import { grievanceApi, type StatsRange, type StatsReply } from '../../services/grievance'

export type StatsState = { status: 'loading' | 'ready'; data: StatsReply | null; error: ErrorBody | null }

/** 统计 for one org, fetched again whenever the date range changes; replies to older ranges are dropped. */
export function useStats(orgId: string | null, range: StatsRange) {
  const [state, setState] = useState<StatsState>({ status: 'loading', data: null, error: null })
  const seq = useRef(0)
  const { from, to } = range

  const load = useCallback(async () => {
    if (!orgId) return
    const mine = ++seq.current
    setState((s) => ({ ...s, status: 'loading', error: null }))
    const res = await grievanceApi.stats(orgId, { from, to })
    if (mine !== seq.current) return
    setState(res.ok ? { status: 'ready', data: res.data, error: null } : { status: 'ready', data: null, error: res.error })
  }, [orgId, from, to])

  useEffect(() => {
    void load()
  }, [load])
  return { state, reload: load }
}
