import { useCallback, useEffect, useState } from 'react'
import type { BoardState, BoardView } from '../../../../types/arrears-labels'
import type { Envelope } from '../../../../types/envelope'
import { arrearsApi, type BoardQuery } from '../../../services/arrears'
import { saveCsv } from '../../../services/save-csv'

type Failure = Extract<Envelope<never>, { ok: false }>['error']
export type Filters = { month: string; state?: BoardState; groupId?: string }

/** The month before the current Shanghai month: the one whose reports are due now. */
export function lastMonth(now = new Date()): string {
  const d = new Date(now.getTime() + 8 * 3600_000)
  const k = d.getUTCFullYear() * 12 + d.getUTCMonth() - 1
  return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`
}
export const shiftMonth = (month: string, n: number) => {
  const k = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n
  return `${Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`
}

/** The board of `orgId` (default: the officer's own) for the filters: the first page, then 加载更多; CSV of the same rows. */
export function useBoard(orgId: string | undefined, filters: Filters) {
  const [view, setView] = useState<BoardView | null>(null)
  const [error, setError] = useState<Failure | null>(null)
  const [loading, setLoading] = useState(true)
  const query: BoardQuery = { ...(orgId ? { orgId } : {}), ...filters }
  const key = JSON.stringify(query)

  const load = useCallback(async (offset = 0) => {
    setLoading(true)
    setError(null)
    const res = await arrearsApi.board({ ...(JSON.parse(key) as BoardQuery), offset })
    setLoading(false)
    if (!res.ok) return setError(res.error)
    setView((v) => (offset > 0 && v ? { ...res.data, rows: [...v.rows, ...res.data.rows] } : res.data))
  }, [key])
  useEffect(() => void load(), [load])

  const download = async (): Promise<string> => {
    const res = await arrearsApi.boardCsv(JSON.parse(key) as BoardQuery)
    if (!res.ok) return res.error.message
    const saved = await saveCsv(res.data.filename, res.data.csv.replace(/^\uFEFF/, '')).catch(() => false)
    return saved ? `已导出 ${res.data.filename}` : '当前环境无法保存文件'
  }
  return { view, error, loading, reload: () => load(), more: () => (view?.next != null ? load(view.next) : undefined), download }
}
