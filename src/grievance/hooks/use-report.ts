import { useCallback, useRef, useState } from 'react'
import type { Envelope, ErrorBody } from '../../../types/envelope'
import { grievanceApi, type Collective, type JoinResult, type SubmitResult, type WorkerCaseView } from '../../services/grievance'
import { checkReport, emptyForm, newRequestId, toJoinRequest, toRequest, type ReportForm } from '../report-form'

export type Step = 'form' | 'confirm' | 'done'
export type Submitted =
  | { kind: 'report'; result: SubmitResult; view: WorkerCaseView | null }
  | { kind: 'join'; result: JoinResult; view: WorkerCaseView | null }

/**
 * The report form from first tap to receipt: fill → confirm → send. Request ids are made once per form, so
 * 重试 after a network failure (or a double tap) cannot file the report twice. `joining` is set when the
 * worker chose "我也遇到了" for an open case instead of filing their own.
 */
export function useReport() {
  const ids = useRef({ report: newRequestId(), join: newRequestId() })
  const [form, setForm] = useState<ReportForm>(emptyForm)
  const [joining, setJoining] = useState<Collective | null>(null)
  const [step, setStep] = useState<Step>('form')
  const [fields, setFields] = useState<Record<string, string>>({})
  const [error, setError] = useState<ErrorBody | null>(null)
  const [busy, setBusy] = useState(false)
  const [submitted, setSubmitted] = useState<Submitted | null>(null)

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
    setFields(problems)
    setError(null)
    if (Object.keys(problems).length === 0) setStep('confirm')
    return problems
  }, [form, joining])

  const send = useCallback(async () => {
    setBusy(true)
    setError(null)
    const res: Envelope<SubmitResult | JoinResult> = joining
      ? await grievanceApi.join(toJoinRequest(form, joining.caseId, ids.current.join))
      : await grievanceApi.submit(toRequest(form, ids.current.report))
    if (!res.ok) {
      setBusy(false)
      const problems = res.error.fields ?? {}
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
  }, [form, joining])

  return { form, update, joining, setJoining, step, setStep, fields, error, busy, review, send, submitted, requestIds: ids.current }
}
