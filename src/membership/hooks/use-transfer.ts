import { useCallback, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import type { ErrorBody } from '../../../types/envelope'
import { membershipApi } from '../../services/membership'
import { WORKPLACE_FIELD_KEYS, checkWorkplace, emptyWorkplace, newRequestId, toWorkplaceRequest, type WorkplaceForm } from '../components/workplace-form'
import { STATUS_URL } from './use-apply'
import { askForNews } from '../../services/subscribe'

export type TransferStep = 'form' | 'confirm'

/**
 * 会籍转接: the new workplace → confirm (the old union is informed, not asked) → send → the status page.
 * One request id per form, so a retry cannot file two transfers.
 */
export function useTransfer() {
  const requestId = useRef(newRequestId())
  const [form, setForm] = useState<WorkplaceForm>(emptyWorkplace)
  const [step, setStep] = useState<TransferStep>('form')
  const [fields, setFields] = useState<Record<string, string>>({})
  const [error, setError] = useState<ErrorBody | null>(null)
  const [busy, setBusy] = useState(false)

  const update = useCallback((patch: Partial<WorkplaceForm>) => {
    setForm((f) => ({ ...f, ...patch }))
    setFields((prev) => {
      const next = { ...prev }
      for (const key of Object.keys(patch).flatMap((k) => WORKPLACE_FIELD_KEYS[k as keyof WorkplaceForm])) delete next[key]
      return next
    })
  }, [])

  const review = useCallback(() => {
    const problems = checkWorkplace(form)
    setFields(problems)
    setError(null)
    if (Object.keys(problems).length === 0) setStep('confirm')
  }, [form])

  const send = useCallback(async () => {
    if (busy) return
    void askForNews(['membership']) // first, inside the tap (WeChat's rule); never waited for
    setBusy(true)
    setError(null)
    const res = await membershipApi.transfer({ requestId: requestId.current, ...toWorkplaceRequest(form) })
    setBusy(false)
    if (res.ok) {
      void Taro.showToast({ title: '已提交', icon: 'success' })
      void Taro.redirectTo({ url: `${STATUS_URL}?id=${encodeURIComponent(res.data.id)}` })
      return
    }
    const problems = res.error.fields ?? {}
    if (Object.keys(problems).length > 0) {
      setFields(problems)
      setStep('form')
    } else setError(res.error)
  }, [busy, form])

  return { form, update, step, setStep, fields, error, busy, review, send, requestId: requestId.current }
}
