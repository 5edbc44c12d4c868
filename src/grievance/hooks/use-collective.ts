import { useEffect, useState } from 'react'
import type { GrievanceCategory } from '../../../types/grievance-labels'
import { grievanceApi, type Collective } from '../../services/grievance'

/**
 * "我也遇到了": an open case at this enterprise in this category, as counts only. Optional help: when the
 * look-up fails the worker simply files their own report.
 */
export function useCollective(enterpriseId: string | null, category: GrievanceCategory | null): Collective | null {
  const [found, setFound] = useState<Collective | null>(null)
  useEffect(() => {
    setFound(null)
    if (!enterpriseId || !category) return
    let live = true
    void grievanceApi.collective({ enterpriseId, category }).then((res) => {
      if (live && res.ok) setFound(res.data)
    })
    return () => {
      live = false
    }
  }, [enterpriseId, category])
  return found
}
