import { useCallback, useEffect, useState } from 'react'
import type { FileResult, MineView } from '../../../../types/arrears-labels'
import type { Envelope } from '../../../../types/envelope'
import { arrearsApi, type Filing } from '../../../services/arrears'

export type Draft = { owed: boolean | null; workers: string; amount: string; since: string; cause: string }
export const EMPTY: Draft = { owed: null, workers: '', amount: '', since: '', cause: '' }
type Failure = Extract<Envelope<never>, { ok: false }>['error']

/** The draft as the action takes it, or the fields the page can tell are missing before anything is sent. */
export function toFiling(enterpriseId: string, month: string, d: Draft): { filing: Filing } | { fields: Record<string, string> } {
  if (d.owed === null) return { fields: { arrears: '请选择本月有无欠薪' } }
  if (!d.owed) return { filing: { enterpriseId, month, arrears: null } }
  const fields: Record<string, string> = {}
  const workers = Number(d.workers)
  const amount = Number(d.amount)
  if (!d.workers.trim() || !Number.isInteger(workers)) fields['arrears.workers'] = '请填写欠薪人数（整数）'
  if (!d.amount.trim() || !Number.isFinite(amount)) fields['arrears.amount'] = '请填写欠薪金额（元）'
  if (!/^\d{4}-\d{2}$/.test(d.since)) fields['arrears.since'] = '请选择欠薪起始月份'
  if (!d.cause.trim()) fields['arrears.cause'] = '请填写欠薪原因'
  if (Object.keys(fields).length) return { fields }
  return { filing: { enterpriseId, month, arrears: { workers, amount, since: d.since, cause: d.cause.trim() } } }
}

/** The filer's page state: its enterprises and reports, the draft, the confirm step and the reply. */
export function useFiling() {
  const [mine, setMine] = useState<MineView | null>(null)
  const [loadError, setLoadError] = useState<Failure | null>(null)
  const [enterpriseId, setEnterpriseId] = useState<string | undefined>()
  const [month, setMonth] = useState<string | null>(null)
  const [draft, setDraft] = useState<Draft>(EMPTY)
  const [fields, setFields] = useState<Record<string, string>>({})
  const [confirming, setConfirming] = useState<Filing | null>(null)
  const [sending, setSending] = useState(false)
  const [sendError, setSendError] = useState<Failure | null>(null)
  const [done, setDone] = useState<FileResult | null>(null)

  const load = useCallback(async (id?: string) => {
    setLoadError(null)
    const res = await arrearsApi.mine(id)
    if (!res.ok) return setLoadError(res.error)
    setMine(res.data)
    setEnterpriseId(res.data.enterpriseId ?? undefined)
    setMonth((m) => m ?? res.data.month)
  }, [])
  useEffect(() => void load(), [load])

  const review = () => {
    if (!enterpriseId || !month) return
    const out = toFiling(enterpriseId, month, draft)
    if ('fields' in out) return setFields(out.fields)
    setFields({})
    setConfirming(out.filing)
  }
  const send = async () => {
    if (!confirming) return
    setSending(true)
    setSendError(null)
    const res = await arrearsApi.file(confirming)
    setSending(false)
    if (!res.ok) {
      setConfirming(null)
      if (res.error.fields) setFields(res.error.fields)
      return setSendError(res.error)
    }
    setConfirming(null)
    setDone(res.data)
    setDraft(EMPTY)
    void load(confirming.enterpriseId)
  }
  const pick = (id: string) => {
    setEnterpriseId(id)
    setDone(null)
    void load(id)
  }
  const edit = (patch: Partial<Draft>) => {
    setDone(null)
    setDraft((d) => ({ ...d, ...patch }))
  }
  return { mine, loadError, reload: () => load(enterpriseId), enterpriseId, pick, month, setMonth, draft, edit, fields, review, confirming,
    cancel: () => setConfirming(null), send, sending, sendError, done }
}

/** The last 12 ended months, newest first. */
export function fileableMonths(latest: string): string[] {
  const [y, m] = latest.split('-').map(Number)
  return Array.from({ length: 12 }, (_, i) => {
    const k = y * 12 + (m - 1) - i
    return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`
  })
}
