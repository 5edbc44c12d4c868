import { useCallback, useEffect, useState } from 'react'
import type { ErrorBody } from '../../../../types/envelope'
import type { RadarListView, RadarRowView } from '../../../../types/radar-labels'
import { radarApi } from '../../../services/radar'

export type RadarState = { status: 'loading' } | { status: 'error'; error: ErrorBody } | { status: 'ready'; view: RadarListView; rows: RadarRowView[] }

/** The town's ranked list: the first page on load and on `reload` (刷新: `refresh` recomputes the scores), 加载更多 after. */
export function useRadar(townId: string | null) {
  const [state, setState] = useState<RadarState>({ status: 'loading' })
  const load = useCallback(async (refresh = false) => {
    if (!townId) return
    const res = await radarApi.list(refresh ? { townId, refresh } : { townId })
    setState(res.ok ? { status: 'ready', view: res.data, rows: res.data.items } : { status: 'error', error: res.error })
  }, [townId])
  useEffect(() => {
    setState({ status: 'loading' })
    void load()
  }, [load])
  const loadMore = useCallback(async () => {
    if (state.status !== 'ready' || !state.view.next || !townId) return
    const res = await radarApi.list({ townId, cursor: state.view.next })
    if (res.ok) setState({ status: 'ready', view: res.data, rows: [...state.rows, ...res.data.items] })
  }, [state, townId])
  return { state, reload: load, loadMore }
}

/** `2026-03-10T10:00:00+08:00` → `3月10日 10:00` */
export const timeLabel = (iso: string) => {
  const m = /^\d{4}-(\d{2})-(\d{2})T(\d{2}:\d{2})/.exec(iso)
  return m ? `${Number(m[1])}月${Number(m[2])}日 ${m[3]}` : iso
}
/** The row's reasons in one line. */
export const reasonsLine = (r: RadarRowView) => r.reasons.map((x) => x.text).join('；')
