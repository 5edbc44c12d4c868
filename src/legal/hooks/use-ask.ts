import { useCallback, useEffect, useRef, useState } from 'react'
import type { ErrorBody } from '../../../types/envelope'
import { usePhotoUploads } from '../../hooks/use-photo-uploads'
import { legalApi, type AskResult } from '../../services/legal'
import { askForNews } from '../../services/subscribe'
import { checkAsk, emptyAsk, newRequestId, toAskRequest, type AskForm } from '../ask-form'

export type Step = 'form' | 'confirm' | 'done'
const isPhotoField = (key: string) => key === 'attachments' || key.startsWith('attachments.')

/**
 * 问律师 from first tap to receipt: fill → confirm (with answers that may already help) → send. The request id is
 * made once per form, so 重试 after a network failure (or a double tap) cannot ask twice. Photos upload while
 * the worker writes; only uploaded ones are attached, and the form waits for (or asks about) the rest.
 */
export function useAsk() {
  const requestId = useRef(newRequestId())
  const [form, setForm] = useState<AskForm>(emptyAsk)
  const [step, setStep] = useState<Step>('form')
  const [fields, setFields] = useState<Record<string, string>>({})
  const [error, setError] = useState<ErrorBody | null>(null)
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<AskResult | null>(null)
  const photos = usePhotoUploads()

  useEffect(() => {
    if (!photos.problem) setFields((prev) => (Object.keys(prev).some(isPhotoField) ? Object.fromEntries(Object.entries(prev).filter(([k]) => !isPhotoField(k))) : prev))
  }, [photos.problem])

  const update = useCallback((patch: Partial<AskForm>) => {
    setForm((f) => ({ ...f, ...patch }))
    // A field the worker touches again is no longer wrong until checked again.
    setFields((prev) => {
      const next = { ...prev }
      for (const key of Object.keys(patch)) delete next[key === 'enterprise' ? 'enterpriseId' : key]
      if ('name' in patch) delete next['contact.name']
      if ('phone' in patch) delete next['contact.phone']
      if ('privacy' in patch) delete next.contact
      return next
    })
  }, [])

  const review = useCallback(() => {
    const problems = checkAsk(form)
    if (photos.problem) problems.attachments = photos.problem
    setFields(problems)
    setError(null)
    if (Object.keys(problems).length === 0) setStep('confirm')
  }, [form, photos.problem])

  const send = useCallback(async () => {
    void askForNews(['legal']) // first, inside the tap (WeChat's rule); never waited for
    setBusy(true)
    setError(null)
    const sentKeys = photos.sentKeys
    const res = await legalApi.ask(toAskRequest(form, requestId.current, photos.fileIds))
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
