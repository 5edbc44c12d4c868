import { useCallback, useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import type { ErrorBody } from '../../../types/envelope'
import { DESKTOP_CODE_TTL_SECONDS } from '../../../types/desktop-login'
import { describeDevice, desktopApi } from '../../services/desktop-login'

export type DesktopLoginState =
  | { status: 'starting' }
  | { status: 'showing'; code: string; secondsLeft: number }
  | { status: 'expired' }
  | { status: 'signing-in' }
  | { status: 'failed'; error: ErrorBody }

export const POLL_MS = 2_000
/** Failed polls back off (2 → 4 → 8 → 16 s) so a desktop that lost the network does not hammer the function. */
export const MAX_POLL_MS = 16_000
const SIGN_IN_FAILED: ErrorBody = { code: 'ACCOUNT.DESKTOP_SIGNIN_FAILED', message: '登录没有成功，请刷新二维码后重新扫码' }

/**
 * The desktop page's sign-in: a code for the QR, polled every 2 s until the officer confirms it in the mini-program,
 * then the ticket signs this browser in and the page goes to 工作台. The countdown runs on this computer's clock from
 * when the code arrived; at 0 one last poll decides (a confirmation in the last second still signs in).
 */
export function useDesktopLogin() {
  const [state, setState] = useState<DesktopLoginState>({ status: 'starting' })
  const run = useRef(0) // each refresh starts a new run; timers of older runs stop
  const timer = useRef<ReturnType<typeof setTimeout>>()

  const start = useCallback(async () => {
    const mine = ++run.current
    clearTimeout(timer.current)
    setState({ status: 'starting' })
    const device = typeof navigator === 'undefined' ? null : describeDevice(navigator.userAgent)
    const res = await desktopApi.start(device ?? undefined)
    if (mine !== run.current) return
    if (!res.ok) return setState({ status: 'failed', error: res.error })
    const { code, pollToken } = res.data
    const deadline = Date.now() + DESKTOP_CODE_TTL_SECONDS * 1000
    const left = () => Math.max(0, Math.ceil((deadline - Date.now()) / 1000))
    setState({ status: 'showing', code, secondsLeft: left() })

    const tick = async (delay: number) => {
      const last = left() === 0
      const reply = await desktopApi.poll({ code, pollToken })
      if (mine !== run.current) return
      if (reply.ok && reply.data.status === 'ready') {
        setState({ status: 'signing-in' })
        if (await desktopApi.signIn(reply.data.ticket)) return void Taro.redirectTo({ url: '/workbench/pages/index/index' })
        return mine === run.current ? setState({ status: 'failed', error: SIGN_IN_FAILED }) : undefined
      }
      if ((reply.ok && reply.data.status === 'expired') || last) return setState({ status: 'expired' })
      setState({ status: 'showing', code, secondsLeft: left() })
      const next = reply.ok ? POLL_MS : Math.min(delay * 2, MAX_POLL_MS)
      timer.current = setTimeout(() => void tick(next), Math.min(next, Math.max(left() * 1000, 0)))
    }
    timer.current = setTimeout(() => void tick(POLL_MS), POLL_MS)
  }, [])

  // The countdown ticks every second between polls.
  useEffect(() => {
    if (state.status !== 'showing') return
    const id = setInterval(() => setState((s) => (s.status === 'showing' && s.secondsLeft > 0 ? { ...s, secondsLeft: s.secondsLeft - 1 } : s)), 1000)
    return () => clearInterval(id)
  }, [state.status])

  useEffect(() => {
    void start()
    return () => {
      // Not a DOM ref: bumping the run counter is what stops the unmounted page's timers and replies.
      // eslint-disable-next-line react-hooks/exhaustive-deps
      run.current++
      clearTimeout(timer.current)
    }
  }, [start])

  return { state, refresh: start }
}
