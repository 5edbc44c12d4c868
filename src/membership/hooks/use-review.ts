import { useCallback, useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import type { Envelope, ErrorBody } from '../../../types/envelope'
import type { ApplicationView } from '../../../types/membership-views'
import { membershipApi } from '../../services/membership'

export type ReviewState = { status: 'loading' } | { status: 'ready'; view: ApplicationView } | { status: 'error'; error: ErrorBody }
export type Confirm = { title: string; content: string }

/** One application as the reviewing officer sees it (`membership.get`). */
export function useReview(id: string | undefined) {
  const [state, setState] = useState<ReviewState>({ status: 'loading' })
  const reload = useCallback(async () => {
    if (!id) return setState({ status: 'error', error: { code: 'NOT_FOUND', message: '没有找到这份申请' } })
    const res = await membershipApi.get(id)
    setState(res.ok ? { status: 'ready', view: res.data } : { status: 'error', error: res.error })
  }, [id])
  useEffect(() => {
    void reload()
  }, [reload])
  return { state, reload }
}

/**
 * Runs one decision behind a confirmation (a decision cannot be undone), then reloads the application.
 * Field messages go next to the matching input; anything else is shown as a notice.
 */
export function useReviewAction(reload: () => Promise<void>) {
  const [busy, setBusy] = useState(false)
  const [fields, setFields] = useState<Record<string, string>>({})
  const [error, setError] = useState<ErrorBody | null>(null)

  const run = useCallback(
    async <T>(confirm: Confirm, send: () => Promise<Envelope<T>>, done: string): Promise<T | null> => {
      const answer = await Taro.showModal({ ...confirm, confirmText: '确定', cancelText: '取消' })
      if (!answer.confirm) return null
      setBusy(true)
      const res = await send()
      setBusy(false)
      if (!res.ok) {
        const problems = res.error.fields ?? {}
        setFields(problems)
        setError(Object.keys(problems).length ? null : res.error)
        return null
      }
      setFields({})
      setError(null)
      void Taro.showToast({ title: done, icon: 'success' })
      await reload()
      return res.data
    },
    [reload],
  )
  return { busy, fields, error, setFields, run }
}
