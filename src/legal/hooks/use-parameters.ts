import { useEffect, useState } from 'react'
import type { ErrorBody } from '../../../types/envelope'
import { legalApi, type LegalParameters } from '../../services/legal'

/** This year's city wage parameters (`legal.parameters`, public), once; `enabled` false skips the call. */
export function useParameters(enabled: boolean): { params: LegalParameters | null; error: ErrorBody | null } {
  const [state, setState] = useState<{ params: LegalParameters | null; error: ErrorBody | null }>({ params: null, error: null })
  useEffect(() => {
    if (!enabled) return
    let live = true
    void legalApi.parameters().then((res) => {
      if (live) setState(res.ok ? { params: res.data, error: null } : { params: null, error: res.error })
    })
    return () => {
      live = false
    }
  }, [enabled])
  return state
}
