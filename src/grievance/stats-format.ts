/** Display helpers for 统计 (zod-free, no Taro). */
import type { OrgStats } from '../services/grievance'

export const TOO_FEW = '—（不足 5 件）'

/** "83%" or the reason there is no rate: under 5 cases a rate means little and can point at a person. */
export const percent = (rate: number | null) => (rate === null ? TOO_FEW : `${Math.round(rate * 100)}%`)
export const rating = (mean: number | null) => (mean === null ? TOO_FEW : `${mean.toFixed(1)} 分`)

export type Metric = { key: string; label: string; count: (s: OrgStats) => string; rate: (s: OrgStats) => number | null }

/** The rows of each org's card, in the order the issue lists them; `rate` (0–1) draws the bar. */
export const METRICS: Metric[] = [
  { key: 'accept', label: '按时受理', count: (s) => `${s.acceptedOnTime} 件`, rate: (s) => s.onTimeAcceptRate },
  { key: 'within15', label: '15 日内办结', count: (s) => `${s.resolvedWithin15Days} 件`, rate: (s) => s.within15DaysRate },
  { key: 'closure', label: '办结率', count: (s) => `${s.resolved} 件办结`, rate: (s) => s.closureRate },
  { key: 'satisfied', label: '满意率', count: (s) => `${s.ratings} 件评价，平均 ${rating(s.meanRating)}`, rate: (s) => s.satisfiedRate },
  { key: 'reopen', label: '重新办理', count: (s) => `${s.reopened} 件`, rate: (s) => s.reopenRate },
]
