/** Display helpers for the lawyers' and officers' legal pages (zod-free, no Taro; `now` is passed in). */

const MINUTE = 60_000

/** "还剩 5 小时 12 分" / "已超时 2 小时 3 分" to an instant; minutes rounded down, never "0 分" left while time remains. */
export function countdown(iso: string, now: number): { text: string; late: boolean } {
  const left = new Date(iso).getTime() - now
  const late = left <= 0
  const minutes = Math.max(late ? 0 : 1, Math.floor(Math.abs(left) / MINUTE))
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  const span = h >= 48 ? `${Math.floor(h / 24)} 天 ${h % 24} 小时` : h > 0 ? `${h} 小时 ${m} 分` : `${m} 分钟`
  return late ? { text: `已超时 ${span}`, late } : { text: `还剩 ${span}`, late }
}

/** "2 小时 5 分" from minutes (statistics: median time to the first answer). */
export function minutesLabel(minutes: number | null): string {
  if (minutes === null) return '—'
  const h = Math.floor(minutes / 60)
  return h > 0 ? `${h} 小时 ${minutes % 60} 分` : `${minutes} 分钟`
}

export const percentLabel = (rate: number | null) => (rate === null ? '不足 5 件，不计算' : `${(rate * 100).toFixed(1)}%`)

/** "3月19日 24:00 前作出决定" from the server's label "3月19日 24:00". */
export const decideByText = (label: string) => `${label} 前作出决定`

/** A consultation's status in a lawyer's words (the worker's labels are written for the asker). */
export const DESK_STATUS_LABELS = { waiting: '待接单', claimed: '解答中', answered: '已答复', closed: '已结束' } as const
