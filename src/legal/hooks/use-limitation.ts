import { useCallback, useRef, useState } from 'react'
import type { ErrorBody } from '../../../types/envelope'
import type { LegalCategory } from '../../../types/legal-labels'
import { limitationClock, type Limitation, type LimitationInput } from '../../../types/legal/limitation'
import { legalApi, type RemindResult } from '../../services/legal'
import { askForNews } from '../../services/subscribe'
import { newRequestId } from '../ask-form'
import { shanghaiToday } from '../format'
import { useCalendar } from './use-calendar'

export type ClockForm = { category: LegalCategory | null; knewAt: string; employed: boolean; endedAt: string; interruptions: string[] }
export const emptyClock: ClockForm = { category: null, knewAt: '', employed: true, endedAt: '', interruptions: [] }

/** The server's checks (legal.limitation) restated so the page never computes from an impossible date. */
export function checkClock(f: ClockForm, today: string): Record<string, string> {
  const out: Record<string, string> = {}
  if (!f.category) out.category = '请选择问题类别'
  if (!f.knewAt) out.knewAt = '请填写知道权利被侵害的日期'
  else if (f.knewAt > today) out.knewAt = '知道权利被侵害的日期不能晚于今天'
  if (f.category === 'wage' && !f.employed && !f.endedAt) out.employmentEndedAt = '请填写劳动关系终止日期'
  f.interruptions.forEach((d, i) => {
    if (d > today) out[`interruptions.${i}`] = '时效中断的日期不能晚于今天'
  })
  return out
}

export function toClockInput(f: ClockForm): LimitationInput & { category: LegalCategory; employmentEndedAt?: string; interruptions: string[] } {
  return {
    category: f.category as LegalCategory,
    knewAt: f.knewAt,
    ...(f.category === 'wage' && !f.employed && f.endedAt ? { employmentEndedAt: f.endedAt } : {}),
    interruptions: f.interruptions.filter(Boolean),
  }
}

/** 仲裁时效 on the device (types/legal/limitation.ts with the calendar fetched once), and 提醒我 on the server. */
export function useLimitation() {
  const calendar = useCalendar()
  const [form, setForm] = useState<ClockForm>(emptyClock)
  const [fields, setFields] = useState<Record<string, string>>({})
  const [result, setResult] = useState<(Limitation & { estimated: boolean }) | null>(null)
  const [remind, setRemind] = useState<{ busy: boolean; done: RemindResult | null; error: ErrorBody | null }>({ busy: false, done: null, error: null })
  const request = useRef<{ key: string; id: string } | null>(null)

  const update = useCallback((patch: Partial<ClockForm>) => {
    setForm((f) => ({ ...f, ...patch }))
    setResult(null)
    setRemind({ busy: false, done: null, error: null })
  }, [])

  const compute = useCallback(() => {
    const today = shanghaiToday()
    const problems = checkClock(form, today)
    setFields(problems)
    if (Object.keys(problems).length) return setResult(null)
    const clock = limitationClock(toClockInput(form), today, calendar.isWorkday)
    const estimated = clock.deadline !== null && !calendar.years.includes(Number(clock.deadline.slice(0, 4)))
    setResult({ ...clock, estimated })
  }, [form, calendar.isWorkday, calendar.years])

  const askReminders = useCallback(async () => {
    void askForNews(['legal']) // first, inside the tap (WeChat's rule)
    const input = toClockInput(form)
    const key = JSON.stringify(input)
    // The same dates again (a retry, a double tap) reuse the request id: the server adds the reminders once.
    if (request.current?.key !== key) request.current = { key, id: newRequestId() }
    setRemind({ busy: true, done: null, error: null })
    const res = await legalApi.limitationRemind({ requestId: request.current.id, ...input })
    setRemind(res.ok ? { busy: false, done: res.data, error: null } : { busy: false, done: null, error: res.error })
  }, [form])

  return { calendar, form, update, fields, result, compute, remind, askReminders }
}
