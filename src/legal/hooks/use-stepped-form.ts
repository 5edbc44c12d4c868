import { useCallback, useEffect, useRef, useState } from 'react'
import type { Envelope, ErrorBody } from '../../../types/envelope'
import { usePhotoUploads } from '../../hooks/use-photo-uploads'
import { askForNews } from '../../services/subscribe'
import { newRequestId } from '../ask-form'

export type Step = 'form' | 'confirm' | 'done'
const isPhotoField = (key: string) => key === 'attachments' || key.startsWith('attachments.')

type Options<F, R> = {
  initial: F
  /** Per-field Chinese problems of the form as it stands ({} when it may be sent). */
  check: (form: F) => Record<string, string>
  send: (form: F, requestId: string, fileIds: string[]) => Promise<Envelope<R>>
  /** The server field names a form key's problems are reported under (cleared when the worker edits that key). */
  serverKeys: (key: keyof F) => string[]
}

/**
 * A legal form from the first tap to its answer: fill → confirm → send, with photos uploading while the worker
 * writes. One request id per form, so 重试 after a network failure (or a double tap) files once; a field the worker
 * touches again is no longer marked wrong until checked again; the server's field problems send the worker back.
 */
export function useSteppedForm<F, R>({ initial, check, send: sendForm, serverKeys }: Options<F, R>) {
  const requestId = useRef(newRequestId())
  const [form, setForm] = useState<F>(initial)
  const [step, setStep] = useState<Step>('form')
  const [fields, setFields] = useState<Record<string, string>>({})
  const [error, setError] = useState<ErrorBody | null>(null)
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<R | null>(null)
  const photos = usePhotoUploads()

  useEffect(() => {
    if (!photos.problem) setFields((prev) => (Object.keys(prev).some(isPhotoField) ? Object.fromEntries(Object.entries(prev).filter(([k]) => !isPhotoField(k))) : prev))
  }, [photos.problem])

  const update = useCallback((patch: Partial<F>) => {
    setForm((f) => ({ ...f, ...patch }))
    setFields((prev) => {
      const next = { ...prev }
      for (const key of Object.keys(patch) as (keyof F)[]) for (const k of serverKeys(key)) delete next[k]
      return next
    })
  }, [serverKeys])

  const review = useCallback(() => {
    const problems = check(form)
    if (photos.problem) problems.attachments = photos.problem
    setFields(problems)
    setError(null)
    if (Object.keys(problems).length === 0) setStep('confirm')
  }, [check, form, photos.problem])

  const send = useCallback(async () => {
    void askForNews(['legal']) // inside the tap (WeChat's rule); never waited for
    setBusy(true)
    setError(null)
    const sentKeys = photos.sentKeys
    const res = await sendForm(form, requestId.current, photos.fileIds)
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
  }, [form, photos, sendForm])

  return { form, update, step, setStep, fields, error, busy, review, send, result, photos }
}
