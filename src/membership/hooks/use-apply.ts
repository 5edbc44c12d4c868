import { useCallback, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import type { ErrorBody } from '../../../types/envelope'
import { membershipApi } from '../../services/membership'
import { WORKPLACE_FIELD_KEYS, newRequestId, type WorkplaceForm } from '../components/workplace-form'
import { checkApply, emptyApplyForm, toApplyRequest, type ApplyForm } from '../pages/apply/apply-form'
import { askForNews } from '../../services/subscribe'

export const STATUS_URL = '/membership/pages/status/index'
export const TRANSFER_URL = '/membership/pages/transfer/index'

/** Answers that are not a mistake in a field but a reason not to apply at all: the page offers the way on. */
export type Blocked = { code: 'MEMBERSHIP.ALREADY_MEMBER' | 'MEMBERSHIP.ALREADY_APPLIED'; message: string }
const BLOCKING = ['MEMBERSHIP.ALREADY_MEMBER', 'MEMBERSHIP.ALREADY_APPLIED']

const FORM_FIELD_KEYS: Partial<Record<keyof ApplyForm, string>> = {
  name: 'name', idNumber: 'idNumber', phone: 'phone', consentIdNumber: 'consents.idNumber', consentShare: 'consents.shareWithUnion',
}

/**
 * The 入会 form from first tap to the status page. The request id is made once per form, so 重试 after a
 * network failure (or a double tap) cannot file two applications.
 */
export function useApply() {
  const requestId = useRef(newRequestId())
  const [form, setForm] = useState<ApplyForm>(emptyApplyForm)
  const [fields, setFields] = useState<Record<string, string>>({})
  const [error, setError] = useState<ErrorBody | null>(null)
  const [blocked, setBlocked] = useState<Blocked | null>(null)
  const [busy, setBusy] = useState(false)

  // A field the worker touches again is no longer wrong until checked again.
  const clear = (keys: string[]) =>
    setFields((prev) => {
      const next = { ...prev }
      for (const key of [...keys, 'consents']) delete next[key]
      return next
    })

  const update = useCallback((patch: Partial<ApplyForm>) => {
    setForm((f) => ({ ...f, ...patch }))
    clear(Object.keys(patch).flatMap((k) => FORM_FIELD_KEYS[k as keyof ApplyForm] ?? []))
  }, [])

  const updateWorkplace = useCallback((patch: Partial<WorkplaceForm>) => {
    setForm((f) => ({ ...f, workplace: { ...f.workplace, ...patch } }))
    clear(Object.keys(patch).flatMap((k) => WORKPLACE_FIELD_KEYS[k as keyof WorkplaceForm]))
  }, [])

  const send = useCallback(async () => {
    if (busy) return
    void askForNews(['membership']) // first, inside the tap (WeChat's rule); never waited for
    const problems = checkApply(form)
    setFields(problems)
    setError(null)
    setBlocked(null)
    if (Object.keys(problems).length > 0) return
    setBusy(true)
    const res = await membershipApi.apply(toApplyRequest(form, requestId.current))
    setBusy(false)
    if (res.ok) {
      void Taro.showToast({ title: '已提交', icon: 'success' })
      void Taro.redirectTo({ url: `${STATUS_URL}?id=${encodeURIComponent(res.data.id)}` })
      return
    }
    // The server also names `idNumber` for these; the notice (with the way on) says it once, not twice.
    if (BLOCKING.includes(res.error.code)) return setBlocked({ code: res.error.code as Blocked['code'], message: res.error.message })
    const serverFields = res.error.fields ?? {}
    if (Object.keys(serverFields).length > 0) setFields(serverFields)
    else setError(res.error)
  }, [busy, form])

  return { form, update, updateWorkplace, fields, error, blocked, busy, send, requestId: requestId.current }
}
