import { useCallback, useRef, useState } from 'react'
import { base64urlDecode, verifyCardToken } from '../../../types/card-token'
import type { ErrorBody } from '../../../types/envelope'
import type { VerifyView } from '../../../types/membership-views'
import { cardApi, forgetPublicKey, loadPublicKey } from '../../services/card'

export type Checked = Omit<VerifyView, 'expiresAt'> & { mode: 'offline' | 'online' }
export type VerifyState =
  | { status: 'idle' }
  | { status: 'checking' }
  /** `pending`: the offline answer is shown while the online check runs; `note`: why there is no online answer. */
  | { status: 'done'; result: Checked; pending: boolean; note: string | null }
  | { status: 'error'; error: ErrorBody }

const NO_KEY: ErrorBody = { code: 'NETWORK', message: '无法联网，且本机还没有核验公钥：请先联网核验一次，之后断网也能核验。' }

function offlineCheck(token: string, publicKey: string | null): Checked | null {
  const key = publicKey ? base64urlDecode(publicKey) : null
  if (!key || key.length !== 32) return null
  const { valid, reason, member } = verifyCardToken(token, key, new Date())
  return { valid, reason, member, mode: 'offline' }
}

/**
 * Verifies a card token offline first (Ed25519 with the cached public key: answers with no network), then
 * online through `card.verify`, which also knows a suspension made after the token was issued.
 */
export function useCardVerify() {
  const [state, setState] = useState<VerifyState>({ status: 'idle' })
  const seq = useRef(0)

  const verify = useCallback(async (raw: string) => {
    const token = raw.trim()
    const mine = ++seq.current
    setState({ status: 'checking' })
    const key = await loadPublicKey()
    if (mine !== seq.current) return
    const offline = offlineCheck(token, key?.publicKey ?? null)
    if (offline) setState({ status: 'done', result: offline, pending: true, note: null })
    const res = await cardApi.verify(token)
    if (mine !== seq.current) return
    if (res.ok) {
      // The server accepts what the cached key calls forged: the signing key was rotated; fetch it next time.
      if (offline?.reason === 'forged' && res.data.reason !== 'forged') forgetPublicKey()
      const { valid, reason, member } = res.data
      return setState({ status: 'done', result: { valid, reason, member, mode: 'online' }, pending: false, note: null })
    }
    if (!offline) return setState({ status: 'error', error: res.error.code === 'NETWORK' && !key ? NO_KEY : res.error })
    const note = res.error.code === 'NETWORK' ? '无法联网：以上为离线核验结果，无法发现二维码生成后的暂停。' : `联网核验未完成：${res.error.message}`
    setState({ status: 'done', result: offline, pending: false, note })
  }, [])

  const reset = useCallback(() => {
    seq.current++
    setState({ status: 'idle' })
  }, [])
  return { state, verify, reset }
}
