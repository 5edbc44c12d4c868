import { useCallback, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import type { ErrorBody } from '../../types/envelope'
import { accountApi, type Me } from '../services/account'

export type MeState = { status: 'loading' } | { status: 'ready'; me: Me } | { status: 'error'; error: ErrorBody }

/** Who the caller is (`account.me`), refreshed each time the page shows (an invite may have been redeemed). */
export function useMe(): { state: MeState; reload: () => Promise<void> } {
  const [state, setState] = useState<MeState>({ status: 'loading' })
  const reload = useCallback(async () => {
    const res = await accountApi.me()
    setState(res.ok ? { status: 'ready', me: res.data } : { status: 'error', error: res.error })
  }, [])
  useDidShow(() => {
    void reload()
  })
  return { state, reload }
}
