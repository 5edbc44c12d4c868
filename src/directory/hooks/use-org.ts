import { useCallback, useEffect, useState } from 'react'
import type { Org } from '../../../types/directory'
import type { ErrorBody } from '../../../types/envelope'
import { directoryApi } from '../../services/directory'

export type OrgState =
  | { status: 'loading' }
  | { status: 'ready'; org: Org; ancestors: Org[] }
  | { status: 'error'; error: ErrorBody }

/** One org with its ancestor chain (`directory.getOrg`). */
export function useOrg(id: string | undefined) {
  const [state, setState] = useState<OrgState>({ status: 'loading' })
  const load = useCallback(async () => {
    if (!id) {
      setState({ status: 'error', error: { code: 'NOT_FOUND', message: '没有找到相关记录' } })
      return
    }
    setState({ status: 'loading' })
    const res = await directoryApi.getOrg(id)
    setState(res.ok ? { status: 'ready', ...res.data } : { status: 'error', error: res.error })
  }, [id])
  useEffect(() => {
    void load()
  }, [load])
  return { state, reload: load }
}

/** The orgs inside a town federation, a page at a time. */
export function useTownOrgs(townId: string | null) {
  const [items, setItems] = useState<Org[]>([])
  const [next, setNext] = useState<string | null>(null)
  const [error, setError] = useState<ErrorBody | null>(null)
  const fetchPage = useCallback(
    async (after: string | null) => {
      if (!townId) return
      const res = await directoryApi.listTownOrgs({ townId, limit: 20, ...(after ? { after } : {}) })
      if (!res.ok) return setError(res.error)
      setError(null)
      setItems((prev) => (after ? [...prev, ...res.data.items] : res.data.items))
      setNext(res.data.next)
    },
    [townId],
  )
  useEffect(() => {
    void fetchPage(null)
  }, [fetchPage])
  return { items, next, error, loadMore: () => fetchPage(next) }
}
