import { useCallback, useEffect, useState } from 'react'
import type { Envelope, ErrorBody } from '../../types/envelope'

export type RecordState<T> = { status: 'loading' } | { status: 'ready'; view: T } | { status: 'error'; error: ErrorBody }

/**
 * One record by the id in the page's parameters (a case, an application), as the server lets the caller see it.
 * Without an id the page says `notFound`. `get` must be stable (a service function).
 */
export function useRecord<T>(id: string | undefined, get: (id: string) => Promise<Envelope<T>>, notFound: string) {
  const [state, setState] = useState<RecordState<T>>({ status: 'loading' })
  const reload = useCallback(async () => {
    if (!id) return setState({ status: 'error', error: { code: 'NOT_FOUND', message: notFound } })
    const res = await get(id)
    setState(res.ok ? { status: 'ready', view: res.data } : { status: 'error', error: res.error })
  }, [id, get, notFound])
  useEffect(() => {
    void reload()
  }, [reload])
  return { state, reload }
}
