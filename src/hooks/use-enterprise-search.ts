import { useCallback, useRef, useState } from 'react'
import type { Enterprise } from '../../types/directory'
import type { ErrorBody } from '../../types/envelope'
import { directoryApi } from '../services/directory'

export type SearchState = {
  status: 'idle' | 'loading' | 'loadingMore' | 'done'
  items: Enterprise[]
  next: string | null
  /** A failure not tied to one field (network, server). */
  error: ErrorBody | null
  /** Per-field messages from a VALIDATION envelope, e.g. `{ q: '请至少输入 2 个字' }`. */
  fields: Record<string, string>
}

const PAGE_SIZE = 20
const initial: SearchState = { status: 'idle', items: [], next: null, error: null, fields: {} }

/** Enterprise search with keyset paging; a newer search makes the replies of older ones irrelevant. */
export function useEnterpriseSearch() {
  const [state, setState] = useState<SearchState>(initial)
  const last = useRef<{ q: string; townId?: string; seq: number }>({ q: '', seq: 0 })

  const run = useCallback(async (q: string, townId: string | undefined, after: string | null) => {
    const seq = ++last.current.seq
    last.current = { q, townId, seq }
    setState((s) => (after ? { ...s, status: 'loadingMore', error: null } : { ...initial, status: 'loading' }))
    const res = await directoryApi.searchEnterprises({ q, townId, limit: PAGE_SIZE, ...(after ? { after } : {}) })
    if (seq !== last.current.seq) return
    setState((s) => {
      if (res.ok) return { status: 'done', items: after ? [...s.items, ...res.data.items] : res.data.items, next: res.data.next, error: null, fields: {} }
      const fields = res.error.fields ?? {}
      return { ...s, status: 'done', error: Object.keys(fields).length ? null : res.error, fields }
    })
  }, [])

  const search = useCallback((q: string, townId?: string) => run(q, townId, null), [run])
  const loadMore = useCallback(() => {
    if (!state.next) return Promise.resolve()
    return run(last.current.q, last.current.townId, state.next)
  }, [run, state.next])
  const retry = useCallback(() => run(last.current.q, last.current.townId, null), [run])

  return { state, search, loadMore, retry }
}
