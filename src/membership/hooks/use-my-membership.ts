import { useCallback, useRef, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import type { ErrorBody } from '../../../types/envelope'
import type { ApplicationView, MemberView } from '../../../types/membership-views'
import { membershipApi } from '../../services/membership'

export type MyMembershipState =
  | { status: 'loading' }
  | { status: 'error'; error: ErrorBody }
  | {
      status: 'ready'
      member: MemberView | null
      applications: ApplicationView[]
      next: string | null
      /** A failed 加载更多 (the loaded part stays). */
      moreError: ErrorBody | null
      loadingMore: boolean
    }

/**
 * `membership.mine`: the caller's membership and applications, newest first. Reloaded whenever the page shows
 * again (e.g. back from 会籍转接), so what it shows is never older than the last visit.
 */
export function useMyMembership() {
  const [state, setState] = useState<MyMembershipState>({ status: 'loading' })
  const seq = useRef(0)

  const reload = useCallback(async () => {
    const mine = ++seq.current
    const res = await membershipApi.mine()
    if (mine !== seq.current) return
    setState(res.ok ? { status: 'ready', ...res.data, moreError: null, loadingMore: false } : { status: 'error', error: res.error })
  }, [])

  const loadMore = useCallback(async () => {
    if (state.status !== 'ready' || !state.next || state.loadingMore) return
    const mine = seq.current
    setState({ ...state, loadingMore: true, moreError: null })
    const res = await membershipApi.mine(state.next)
    if (mine !== seq.current) return
    setState((s) => {
      if (s.status !== 'ready') return s
      if (!res.ok) return { ...s, loadingMore: false, moreError: res.error }
      return { ...s, applications: [...s.applications, ...res.data.applications], next: res.data.next, loadingMore: false }
    })
  }, [state])

  useDidShow(() => {
    void reload()
  })
  return { state, reload, loadMore }
}

/** The application still waiting for review, if any: it blocks a new one. */
export const pendingOf = (applications: ApplicationView[]) => applications.find((a) => a.status === 'pending') ?? null
