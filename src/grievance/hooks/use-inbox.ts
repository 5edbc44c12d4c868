import { useCallback, useRef, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import type { ErrorBody } from '../../../types/envelope'
import { grievanceApi, type InboxEntry } from '../../services/grievance'

export type InboxList = { items: InboxEntry[]; next: string | null }
export type InboxState = {
  status: 'loading' | 'loadingMore' | 'ready'
  mine: InboxList
  /** null for anyone who is not an officer of an org. */
  org: InboxList | null
  error: ErrorBody | null
}

const EMPTY: InboxList = { items: [], next: null }

/**
 * 消息: the worker's list and the officer's org list come in one reply with a cursor each; 加载更多 on one
 * list pages only that list. Reloaded whenever the page shows again (a case may have changed meanwhile).
 */
export function useInbox() {
  const [state, setState] = useState<InboxState>({ status: 'loading', mine: EMPTY, org: null, error: null })
  const seq = useRef(0)

  const reload = useCallback(async () => {
    const mine = ++seq.current
    setState((s) => ({ ...s, status: 'loading', error: null }))
    const res = await grievanceApi.inbox()
    if (mine !== seq.current) return
    setState((s) => (res.ok ? { status: 'ready', mine: res.data.mine, org: res.data.org, error: null } : { ...s, status: 'ready', error: res.error }))
  }, [])

  const loadMore = useCallback(
    async (which: 'mine' | 'org') => {
      const cursor = which === 'mine' ? state.mine.next : state.org?.next
      if (!cursor) return
      const mine = ++seq.current
      setState((s) => ({ ...s, status: 'loadingMore', error: null }))
      const res = await grievanceApi.inbox(which === 'mine' ? { after: cursor } : { orgAfter: cursor })
      if (mine !== seq.current) return
      if (!res.ok) return setState((s) => ({ ...s, status: 'ready', error: res.error }))
      const more = which === 'mine' ? res.data.mine : res.data.org
      setState((s) => {
        const list = which === 'mine' ? s.mine : s.org
        const merged = list && more ? { items: [...list.items, ...more.items], next: more.next } : list
        return { ...s, status: 'ready', [which]: merged }
      })
    },
    [state.mine.next, state.org?.next],
  )

  /** Marks an entry read here at once; the server call is best effort (the entry still opens). */
  const markRead = useCallback((entry: InboxEntry) => {
    if (entry.read) return
    const mark = (l: InboxList | null) => l && { ...l, items: l.items.map((i) => (i.id === entry.id ? { ...i, read: true } : i)) }
    setState((s) => ({ ...s, mine: mark(s.mine) ?? EMPTY, org: mark(s.org) }))
    void grievanceApi.markRead(entry.id)
  }, [])

  useDidShow(() => void reload())
  return { state, reload, loadMore, markRead }
}
