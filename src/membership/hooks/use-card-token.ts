import { useCallback, useEffect, useRef, useState } from 'react'
import Taro, { useDidHide, useDidShow } from '@tarojs/taro'
import type { ErrorBody } from '../../../types/envelope'
import { CARD_TOKEN_TTL_SECONDS } from '../../../types/membership-labels'
import type { CardTokenView } from '../../../types/membership-views'
import { cardApi } from '../../services/card'

/** A fresh code is fetched at 45 s of 60, so the one on screen never runs out while it is being scanned. */
export const REFRESH_AFTER_MS = (CARD_TOKEN_TTL_SECONDS - 15) * 1000
/** After a failed refresh (no network), try again soon. */
export const RETRY_AFTER_MS = 5000

export type CardState =
  | { status: 'loading' }
  | { status: 'ready'; view: CardTokenView; receivedAt: number; refreshError: ErrorBody | null }
  | { status: 'error'; error: ErrorBody }

/**
 * The member's card and its rotating token: fetched when the page shows, again before it expires, and not
 * while the page is hidden. The countdown runs on the phone's clock from the moment the token arrived (the
 * phone's clock may be minutes off the server's; the verifier checks the server's expiry in the token).
 */
export function useCardToken() {
  const [state, setState] = useState<CardState>({ status: 'loading' })
  const [now, setNow] = useState(() => Date.now())
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const seq = useRef(0)

  const stop = useCallback(() => {
    if (timer.current) clearTimeout(timer.current)
    timer.current = null
    seq.current++ // a reply still on its way is dropped
  }, [])

  const refresh = useCallback(async (): Promise<void> => {
    stop()
    const mine = seq.current
    const res = await cardApi.token()
    if (mine !== seq.current) return
    setNow(Date.now())
    if (res.ok) {
      setState({ status: 'ready', view: res.data, receivedAt: Date.now(), refreshError: null })
      // A member who has left has no valid card: nothing to rotate.
      if (res.data.card.status !== 'left') timer.current = setTimeout(() => void refresh(), REFRESH_AFTER_MS)
      return
    }
    setState((s) => (s.status === 'ready' ? { ...s, refreshError: res.error } : { status: 'error', error: res.error }))
    if (res.error.code === 'NETWORK') timer.current = setTimeout(() => void refresh(), RETRY_AFTER_MS)
  }, [stop])

  useDidShow(() => {
    void refresh()
    if (process.env.TARO_ENV === 'weapp') void Taro.setKeepScreenOn({ keepScreenOn: true })
  })
  useDidHide(() => {
    stop()
    if (process.env.TARO_ENV === 'weapp') void Taro.setKeepScreenOn({ keepScreenOn: false })
  })

  useEffect(() => stop, [stop])
  // The visible countdown: one tick a second, counted from the token's arrival so each number lasts a full second.
  const receivedAt = state.status === 'ready' ? state.receivedAt : null
  useEffect(() => {
    if (receivedAt === null) return undefined
    const tick = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(tick)
  }, [receivedAt])

  const secondsLeft =
    state.status === 'ready' ? Math.max(0, Math.ceil((state.receivedAt + CARD_TOKEN_TTL_SECONDS * 1000 - now) / 1000)) : 0
  return { state, secondsLeft, refresh }
}
