import { useCallback, useState } from 'react'
import Taro from '@tarojs/taro'
import type { Envelope, ErrorBody } from '../../types/envelope'

export type Confirm = { title: string; content: string }

/**
 * Runs one officer or worker action behind a confirmation dialog (these cannot be undone), then reloads the record.
 * Field messages from the server go next to the matching input (`setFields` for the page's own checks); anything
 * else is shown as a notice.
 */
export function useConfirmedAction(reload: () => Promise<void>) {
  const [busy, setBusy] = useState(false)
  const [fields, setFields] = useState<Record<string, string>>({})
  const [error, setError] = useState<ErrorBody | null>(null)

  const run = useCallback(
    async (confirm: Confirm | null, send: () => Promise<Envelope<unknown>>, done: string): Promise<boolean> => {
      if (confirm) {
        const answer = await Taro.showModal({ ...confirm, confirmText: '确定', cancelText: '取消' })
        if (!answer.confirm) return false
      }
      setBusy(true)
      const res = await send()
      setBusy(false)
      if (!res.ok) {
        const problems = res.error.fields ?? {}
        setFields(problems)
        setError(Object.keys(problems).length ? null : res.error)
        return false
      }
      setFields({})
      setError(null)
      void Taro.showToast({ title: done, icon: 'success' })
      await reload()
      return true
    },
    [reload],
  )
  return { busy, fields, error, setFields, run }
}

export type ConfirmedAction = ReturnType<typeof useConfirmedAction>
