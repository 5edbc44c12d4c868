import { useCallback, useEffect, useRef, useState } from 'react'
import type { Envelope, ErrorBody } from '../../../types/envelope'
import type { Page } from '../../../types/zod'
import { membershipOfficerApi, type ApplicationFilter } from '../../services/membership-officer'

export type QueueTab = 'pending' | 'overdue' | 'approved' | 'rejected'
export const QUEUE_TABS: [QueueTab, string][] = [['pending', '待审核'], ['overdue', '超期'], ['approved', '已通过'], ['rejected', '未通过']]
const FILTERS: Record<QueueTab, ApplicationFilter> = {
  pending: { status: 'pending' }, overdue: { overdue: true }, approved: { status: 'approved' }, rejected: { status: 'rejected' },
}

export type ListState<T> = { status: 'loading' | 'loadingMore' | 'ready'; items: T[]; next: string | null; error: ErrorBody | null }

/**
 * A keyset-paged list, restarted whenever `fetchPage` changes (a new filter); replies to superseded requests
 * are dropped. (The same shape as the grievance queue's usePaged; kept here so the subpackages stay apart.)
 */
export function useKeysetList<T>(fetchPage: (after?: string) => Promise<Envelope<Page<T>>>) {
  const [state, setState] = useState<ListState<T>>({ status: 'loading', items: [], next: null, error: null })
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

/** The officer's membership applications for one tab, nearest review-by first (the server's order). */
export function useApplicationQueue(tab: QueueTab) {
  const fetchPage = useCallback((after?: string) => membershipOfficerApi.queue(FILTERS[tab], after), [tab])
  return useKeysetList(fetchPage)
}
