import { useCallback, useEffect, useState } from 'react'
import type { ErrorBody } from '../../../types/envelope'
import { grievanceApi, type CaseView } from '../../services/grievance'

export type CaseState = { status: 'loading' } | { status: 'ready'; view: CaseView } | { status: 'error'; error: ErrorBody }

/** One case as the caller may see it (worker view or officer view; the server decides). */
export function useCase(id: string | undefined) {
  const [state, setState] = useState<CaseState>({ status: 'loading' })
  const reload = useCallback(async () => {
    if (!id) return setState({ status: 'error', error: { code: 'NOT_FOUND', message: '没有找到这条诉求' } })
    const res = await grievanceApi.get(id)
    setState(res.ok ? { status: 'ready', view: res.data } : { status: 'error', error: res.error })
  }, [id])
  useEffect(() => {
    void reload()
  }, [reload])
  return { state, reload }
}
