import { useCallback, useEffect, useRef, useState } from 'react'
import type { ErrorBody } from '../../../types/envelope'
import { usePhotoUploads } from '../../hooks/use-photo-uploads'
import { legalAidApi, type AidView } from '../../services/legal'
import { askForNews } from '../../services/subscribe'
import { checkAid, toAidRequest, type AidForm } from '../aid-form'
import { newRequestId } from '../ask-form'

export type Step = 'form' | 'confirm' | 'done'
const isPhotoField = (key: string) => key === 'attachments' || key.startsWith('attachments.')
/** Form keys whose server field has another name. */
const SERVER_KEY: Partial<Record<keyof AidForm, string>> = {
  enterprise: 'enterpriseId', income: 'householdIncomePerPerson', name: 'applicant.name', phone: 'applicant.phone', consent: 'consents.shareWithUnion',
}

/**
 * 申请法律援助 from the first tap to the decide-by date: fill → confirm → send. One request id per form, so 重试
 * after a network failure (or a double tap) files one application. Photos upload while the worker writes.
 */
export function useAidApply(initial: AidForm) {
  const requestId = useRef(newRequestId())
  const [form, setForm] = useState<AidForm>(initial)
  const [step, setStep] = useState<Step>('form')
  const [fields, setFields] = useState<Record<string, string>>({})
  const [error, setError] = useState<ErrorBody | null>(null)
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<AidView | null>(null)
  const photos = usePhotoUploads()

  useEffect(() => {
    if (!photos.problem) setFields((prev) => (Object.keys(prev).some(isPhotoField) ? Object.fromEntries(Object.entries(prev).filter(([k]) => !isPhotoField(k))) : prev))
  }, [photos.problem])

  const update = useCallback((patch: Partial<AidForm>) => {
    setForm((f) => ({ ...f, ...patch }))
    setFields((prev) => {
      const next = { ...prev }
      for (const key of Object.keys(patch) as (keyof AidForm)[]) delete next[SERVER_KEY[key] ?? key]
      return next
    })
  }, [])

  const review = useCallback(() => {
    const problems = checkAid(form)
    if (photos.problem) problems.attachments = photos.problem
    setFields(problems)
    setError(null)
    if (Object.keys(problems).length === 0) setStep('confirm')
  }, [form, photos.problem])

  const send = useCallback(async () => {
    void askForNews(['legal']) // inside the tap (WeChat's rule); never waited for
    setBusy(true)
    setError(null)
    const sentKeys = photos.sentKeys
    const res = await legalAidApi.apply(toAidRequest(form, requestId.current, photos.fileIds))
    setBusy(false)
    if (!res.ok) {
      const problems = res.error.fields ?? {}
      photos.reject(problems, sentKeys)
      if (Object.keys(problems).length > 0) {
        setFields(problems)
        setStep('form')
      } else setError(res.error)
      return
    }
    setResult(res.data)
    setStep('done')
  }, [form, photos])

  return { form, update, step, setStep, fields, error, busy, review, send, result, photos }
}
