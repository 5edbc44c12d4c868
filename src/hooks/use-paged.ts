import { useCallback, useEffect, useRef, useState } from 'react'
import type { Envelope, ErrorBody } from '../../types/envelope'
import type { Page } from '../../types/zod'

export type PagedState<T> = {
  status: 'loading' | 'loadingMore' | 'ready'
  items: T[]
  next: string | null
  error: ErrorBody | null
}

/**
 * A keyset-paged list: `fetchPage(after)` is called again from the start whenever it changes (a new filter);
 * replies to superseded requests are dropped.
 */
export function usePaged<T>(fetchPage: (after?: string) => Promise<Envelope<Page<T>>>) {
  const [state, setState] = useState<PagedState<T>>({ status: 'loading', items: [], next: null, error: null })
  const seq = useRef(0)

  const load = useCallback(
    async (after?: string) => {
      const mine = ++seq.current
      setState((s) => (after ? { ...s, status: 'loadingMore', error: null } : { status: 'loading', items: [], next: null, error: null }))
      const res = await fetchPage(after)
      if (mine !== seq.current) return
      setState((s) =>
        res.ok
          ? { status: 'ready', items: after ? [...s.items, ...res.data.items] : res.data.items, next: res.data.next, error: null }
          : { ...s, status: 'ready', error: res.error },
      )
    },
    [fetchPage],
  )

  useEffect(() => {
    void load()
  }, [load])

  const loadMore = useCallback(() => (state.next ? load(state.next) : Promise.resolve()), [load, state.next])
  return { state, reload: () => load(), loadMore }
}
