import { useCallback, useEffect, useState } from 'react'
import type { ErrorBody } from '../../../types/envelope'
import { mutualAidApi, type MyCover, type PlanView } from '../../services/mutual-aid'

export type CoverState = {
  status: 'loading' | 'ready' | 'error'
  mine: MyCover | null
  plans: PlanView[]
  error: ErrorBody | null
}

/** The member's cover (`myCover`: with the plan's benefits, for the live estimate) and the plans (what an open plan pays). */
export function useCover() {
  const [state, setState] = useState<CoverState>({ status: 'loading', mine: null, plans: [], error: null })
  const reload = useCallback(async () => {
    const [mine, plans] = await Promise.all([mutualAidApi.myCover(), mutualAidApi.plans()])
    if (!mine.ok) return setState((s) => ({ ...s, status: 'error', error: mine.error }))
    setState({ status: 'ready', mine: mine.data, plans: plans.ok ? plans.data.items : [], error: null })
  }, [])
  useEffect(() => {
    void reload()
  }, [reload])
  return { state, reload }
}
