/**
 * Wage-arrears zero-report (欠薪预警 零报告, issue 13): the Chinese labels and messages the pages use, zod-free so a
 * page bundle does not carry the schemas.
 */
export const BOARD_STATES = ['filed', 'missing', 'overdue', 'arrears'] as const
export type BoardState = (typeof BOARD_STATES)[number]

export const BOARD_STATE_LABELS: Record<BoardState, string> = {
  filed: '已报（无欠薪）',
  missing: '未报',
  overdue: '逾期未报',
  arrears: '有欠薪',
}

export const ARREARS_ERRORS = {
  'ARREARS.MONTH_NOT_ENDED': '这个月还没有结束，下月初再报',
  'ARREARS.MONTH_TOO_OLD': '只能补报最近 12 个月',
  'ARREARS.NOT_FILER': '这家企业不由您的工会报送',
  'ARREARS.UNKNOWN_ENTERPRISE': '没有找到这家企业',
  'ARREARS.SINCE_AFTER_MONTH': '欠薪起始月份不能晚于报告月份',
  'ARREARS.PICK_TOWN': '请选择一个镇街查看',
} as const
export type ArrearsErrorCode = keyof typeof ARREARS_ERRORS

/** The group of enterprises not under any area committee. */
export const DIRECT_GROUP_LABEL = '镇直属'

/** `2026-02` → `2026年2月`. */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-')
  return `${y}年${Number(m)}月`
}

/** The month before `month` (`2026-01` → `2025-12`). */
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number)
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`
}

/** Yuan with thousands separators and up to two decimals: 123456.5 → `123,456.50`. */
export function yuanLabel(amount: number): string {
  return amount.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
}

// ---- what the actions answer (pages import these types; zod-free) ----
export type ArrearsDetailView = { workers: number; amount: number; since: string; cause: string }
export type ReportView = {
  id: string
  enterpriseId: string
  enterpriseName: string
  month: string
  arrears: ArrearsDetailView | null
  caseId: string | null
  dueBy: string
  late: boolean
  filedAt: string
  history: Array<{ filedAt: string; arrears: ArrearsDetailView | null }>
}
export type MineView = {
  orgId: string
  orgName: string
  enterprises: Array<{ id: string; name: string; creditCode: string }>
  enterpriseId: string | null
  month: string
  dueBy: string
  dueByEstimated: boolean
  reports: ReportView[]
}
export type FileResult = { id: string; month: string; dueBy: string; dueByEstimated: boolean; late: boolean; refiled: boolean; caseId?: string }
export type BoardRowView = {
  enterpriseId: string
  enterpriseName: string
  state: BoardState
  groupId: string | null
  filerOrgId: string
  workers?: number
  amount?: number
  since?: string
  caseId?: string
  late?: true
}
export type BoardTotalsView = Record<BoardState, number> & { enterprises: number; workers: number; amount: number }
export type BoardView = {
  orgId: string
  orgName: string
  townId: string
  month: string
  dueBy: string
  dueByEstimated: boolean
  winterCampaign: { festival: string } | null
  totals: BoardTotalsView
  groups: Array<{ id: string | null; name: string; totals: BoardTotalsView }>
  names: Record<string, string>
  rows: BoardRowView[]
  matched: number
  offset: number
  next: number | null
}

/** `2026-03-07T00:00:00+08:00` (the end of 6 March) → `3月6日 24:00`. */
export function dueLabel(iso: string): string {
  const end = new Date(new Date(iso).getTime() - 1 + 8 * 3600_000)
  return `${end.getUTCMonth() + 1}月${end.getUTCDate()}日 24:00`
}
