/**
 * Risk radar (issue 13 §3): Chinese labels and messages for pages and the `radar` function, free of zod (pages import
 * this; see types/grievance-labels.ts on why).
 */
export const FINDINGS_MAX = 1000

/** A reason for a score, as the list shows it: counts only, never who reported. */
export type RadarReasonView = { text: string; points: number }

export type RadarRowView = {
  enterpriseId: string
  name: string
  score: number
  overThreshold: boolean
  reasons: RadarReasonView[]
  /** The latest 法律体检 date (`YYYY-MM-DD`), or null. */
  lastVisit: string | null
  /** When the town was last alerted about it, or null. */
  alertedAt: string | null
}

export type RadarListView = {
  townId: string
  townName: string
  /** When the scores were computed (the list is as of then; 刷新 recomputes). */
  computedAt: string
  threshold: number
  windowDays: number
  /** Enterprises with a score above zero. */
  total: number
  items: RadarRowView[]
  next: string | null
}

export type RadarVisitView = { id: string; date: string; findings: string; at: string }

export const RADAR_ERRORS = {
  'RADAR.FEDERATIONS_ONLY': '风险雷达仅供镇（街道）总工会和市总工会使用',
  'RADAR.NOT_A_TOWN': '请选择一个镇（街道）总工会',
  'RADAR.OUT_OF_SCOPE': '该镇（街道）不在您的管辖范围内',
  'RADAR.UNKNOWN_ENTERPRISE': '没有找到这家企业',
  'RADAR.FUTURE_DATE': '体检日期不能晚于今天',
} as const

export const RADAR_TEXT = {
  title: '企业风险雷达',
  visitTitle: '法律体检',
  visitConfirm: '确认记录这次法律体检？',
  visitSaved: '已记录法律体检',
  noRows: '近 90 天没有风险信号',
  refresh: '刷新',
} as const
