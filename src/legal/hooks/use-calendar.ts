import { useCallback, useEffect, useMemo, useState } from 'react'
import type { ErrorBody } from '../../../types/envelope'
import { workdayPredicate } from '../../../types/legal/limitation'
import { legalApi } from '../../services/legal'

export type CalendarState = {
  status: 'loading' | 'ready'
  error: ErrorBody | null
  /** Official holidays and make-up working days (the functions' calendar); weekends only for a year without data. */
  isWorkday: (day: string) => boolean
  /** Years with a loaded schedule: a deadline in another year is an estimate (weekends only). */
  years: number[]
  retry: () => void
}

/**
 * The working-day calendar, fetched once per page: every computation after that runs on the device. If it cannot
 * be loaded, the clock still runs on weekends alone and the page says so.
 */
export function useCalendar(): CalendarState {
  const [data, setData] = useState<{ holidays: string[]; workdays: string[]; years: number[] }>({ holidays: [], workdays: [], years: [] })
  const [status, setStatus] = useState<'loading' | 'ready'>('loading')
  const [error, setError] = useState<ErrorBody | null>(null)
  const load = useCallback(async () => {
    setStatus('loading')
    const res = await legalApi.workCalendar()
    if (res.ok) {
      setData(res.data)
      setError(null)
    } else setError(res.error)
    setStatus('ready')
  }, [])
  useEffect(() => {
    void load()
  }, [load])
  const isWorkday = useMemo(() => workdayPredicate(data), [data])
  return { status, error, isWorkday, years: data.years, retry: () => void load() }
}
