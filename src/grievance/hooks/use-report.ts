import { useCallback, useEffect, useRef, useState } from 'react'
import { useRouter } from '@tarojs/taro'
import type { Envelope, ErrorBody } from '../../../types/envelope'
import { grievanceApi, type Collective, type JoinResult, type SubmitResult, type WorkerCaseView } from '../../services/grievance'
import { checkReport, emptyForm, newRequestId, prefillFromParams, toJoinRequest, toRequest, type ReportForm } from '../report-form'
import { usePhotoUploads } from '../../hooks/use-photo-uploads'
import { askForNews } from '../../services/subscribe'

export type Step = 'form' | 'confirm' | 'done'
export type Submitted =
  | { kind: 'report'; result: SubmitResult; view: WorkerCaseView | null }
  | { kind: 'join'; result: JoinResult; view: WorkerCaseView | null }

/**
 * The report form from first tap to receipt: fill → confirm → send. Request ids are made once per form, so
 * 重试 after a network failure (or a double tap) cannot file the report twice. `joining` is set when the
 * worker chose "我也遇到了" for an open case instead of filing their own. Evidence photos upload while the
 * worker fills the form; only uploaded ones are attached, and the form waits for (or asks about) the rest.
 */
export function useReport() {
  const ids = useRef({ report: newRequestId(), join: newRequestId() })
  const { params } = useRouter()
  // Another page (a legal consultation) may pass what it knows; the worker checks it here before anything is filed.
  const [form, setForm] = useState<ReportForm>(() => ({ ...emptyForm, ...prefillFromParams(params) }))
  const prefilled = params.from === 'legal'
  const [joining, setJoining] = useState<Collective | null>(null)
  const [step, setStep] = useState<Step>('form')
  const [fields, setFields] = useState<Record<string, string>>({})
  const [error, setError] = useState<ErrorBody | null>(null)
  const [busy, setBusy] = useState(false)
  const [submitted, setSubmitted] = useState<Submitted | null>(null)
  const photos = usePhotoUploads()

  // Photo messages (not ready yet, rejected by the server) go once every photo is uploaded or removed.
  useEffect(() => {
    if (!photos.problem) setFields((prev) => (Object.keys(prev).some(isPhotoField) ? withoutPhotoFields(prev) : prev))
  }, [photos.problem])

  const update = useCallback((patch: Partial<ReportForm>) => {
    setForm((f) => ({ ...f, ...patch }))
    // A field the worker touches again is no longer wrong until checked again.
    setFields((prev) => {
      const next = { ...prev }
      for (const key of Object.keys(patch)) delete next[key === 'enterprise' ? 'enterpriseId' : key]
      if ('name' in patch) delete next['contact.name']
      if ('phone' in patch) delete next['contact.phone']
      return next
    })
  }, [])

  const review = useCallback(() => {
    const problems = checkReport(form, joining !== null)
    // Joining carries no photos (the join action takes none); the picker is hidden then.
    if (!joining && photos.problem) problems.attachments = photos.problem
    setFields(problems)
    setError(null)
    if (Object.keys(problems).length === 0) setStep('confirm')
    return problems
  }, [form, joining, photos.problem])

  const send = useCallback(async () => {
    void askForNews(['grievance']) // first, inside the tap (WeChat's rule); never waited for
    setBusy(true)
    setError(null)
    const sentKeys = photos.sentKeys
    const res: Envelope<SubmitResult | JoinResult> = joining
      ? await grievanceApi.join(toJoinRequest(form, joining.caseId, ids.current.join))
      : await grievanceApi.submit(toRequest(form, ids.current.report, photos.fileIds))
    if (!res.ok) {
      setBusy(false)
      const problems = res.error.fields ?? {}
      if (!joining) photos.reject(problems, sentKeys)
      if (Object.keys(problems).length > 0) {
        setFields(problems)
        setStep('form')
      } else setError(res.error)
      return
    }
    // The receiving union's name and the plain explanation come from the case view.
    const got = await grievanceApi.get(res.data.id)
    const view = got.ok ? (got.data as WorkerCaseView) : null
    setSubmitted(joining ? { kind: 'join', result: res.data as JoinResult, view } : { kind: 'report', result: res.data as SubmitResult, view })
    setBusy(false)
    setStep('done')
  }, [form, joining, photos])

  return { form, update, joining, setJoining, step, setStep, fields, error, busy, review, send, submitted, photos, requestIds: ids.current, prefilled }
}

/** `attachments` (the list) or `attachments.<i>` (one photo): shown by the photo picker. */
export const isPhotoField = (key: string) => key === 'attachments' || key.startsWith('attachments.')
const withoutPhotoFields = (fields: Record<string, string>) => Object.fromEntries(Object.entries(fields).filter(([k]) => !isPhotoField(k)))
