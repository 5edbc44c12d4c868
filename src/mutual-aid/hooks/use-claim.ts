import { useCallback, useRef, useState } from 'react'
import type { ErrorBody } from '../../../types/envelope'
import { mutualAidApi, type ClaimResult } from '../../services/mutual-aid'
import { checkClaim, emptyClaim, liveEstimate, toClaimRequest, type ClaimForm } from '../claim-form'
import { newRequestId, shanghaiToday } from '../format'
import { refusalOf, type Refusal } from '../refusals'
import { useClaimPhotos } from './use-claim-photos'
import { useCover } from './use-cover'

export type Step = 'form' | 'confirm' | 'done'

/** Form keys whose server field has another name. */
const SERVER_KEY: Partial<Record<keyof ClaimForm, string>> = {
  bankName: 'payout.bankName', accountNo: 'payout.accountNo', accountName: 'payout.accountName', consent: 'consents.health',
}

/**
 * 申请互助金 from the first tap to the receipt: fill (the estimate live on the page) → confirm → send. One
 * request id per form, so 重试 after a network failure files one claim. A refusal files nothing: it is explained
 * with what to do, and the worker can correct the form.
 */
export function useClaim() {
  const requestId = useRef(newRequestId())
  const cover = useCover()
  const photos = useClaimPhotos()
  const [form, setForm] = useState<ClaimForm>(emptyClaim)
  const [step, setStep] = useState<Step>('form')
  const [fields, setFields] = useState<Record<string, string>>({})
  const [error, setError] = useState<ErrorBody | null>(null)
  const [refusal, setRefusal] = useState<Refusal | null>(null)
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<ClaimResult | null>(null)

  const update = useCallback((patch: Partial<ClaimForm>) => {
    setForm((f) => ({ ...f, ...patch }))
    setRefusal(null)
    setFields((prev) => {
      const next = { ...prev }
      for (const key of Object.keys(patch) as (keyof ClaimForm)[]) {
        delete next[SERVER_KEY[key] ?? key]
        if (key === 'invoiceNumbers') Object.keys(next).filter((k) => k.startsWith('invoiceNumbers')).forEach((k) => delete next[k])
      }
      return next
    })
  }, [])

  const mine = cover.state.mine?.enrolled ? cover.state.mine : null
  const estimate = liveEstimate(form, mine?.benefits ?? null, mine?.annualCapLeft ?? null, mine?.criticalUsed ?? false)

  const review = useCallback(() => {
    const problems = checkClaim(form, shanghaiToday(), photos.filled)
    if (photos.problem) problems.attachments = photos.problem
    setFields(problems)
    setError(null)
    if (Object.keys(problems).length === 0) setStep('confirm')
  }, [form, photos.filled, photos.problem])

  const send = useCallback(async () => {
    setBusy(true)
    setError(null)
    const sent = photos.keys
    const res = await mutualAidApi.claim(toClaimRequest(form, requestId.current, photos.attachments))
    setBusy(false)
    if (res.ok) {
      setResult(res.data)
      return setStep('done')
    }
    const problems = res.error.fields ?? {}
    photos.reject(problems, sent)
    const why = refusalOf(res.error)
    if (why || Object.keys(problems).length > 0) {
      setRefusal(why)
      setFields(problems)
      setStep('form')
    } else setError(res.error)
  }, [form, photos])

  return { cover, mine, form, update, step, setStep, fields, error, refusal, busy, review, send, result, photos, estimate }
}
