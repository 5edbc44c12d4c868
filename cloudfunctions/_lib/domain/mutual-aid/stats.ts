/**
 * Mutual-aid statistics per org, rolled up, for one cover year (issue 12 §5), pure. An enrolment counts for the
 * rows whose subtree holds its union; a claim for the rows whose subtree holds the union that checks it. Figures
 * are counts and sums only: no member, no health detail, no account.
 * - payoutRatio: paid ÷ confirmed fees (null while no fee is confirmed);
 * - medianWorkdaysToPayment: working days from the day of submission to the day of payment (the day of submission
 *   not counted), over the paid claims;
 * - returned: claims returned to the member at least once; rejected by reason code.
 */
import { CLAIM_STATUSES, REJECT_CODES, REJECT_LABELS, type ClaimStatus, type RejectCode } from '../../../../types/mutual-aid-labels'
import { ORG_TYPE_LABELS, type Org } from '../../../../types/directory'
import { shanghaiDay } from '../../runtime/time'
import type { WorkCalendar } from '../calendar'
import { csvCell } from '../grievance/csv'
import { median } from '../legal/stats'

export type EnrolmentFacts = { orgPath: string; status: string; feeDue: number; confirmed: boolean }
export type ClaimFacts = {
  reviewPath: string
  status: ClaimStatus
  payable: number
  createdAt: string
  paidAt: string | null
  returned: boolean
  rejectCode: RejectCode | null
}

export type MutualAidOrgStats = {
  enrolled: number
  active: number
  feesDue: number
  feesConfirmed: number
  claims: number
  byStatus: Record<ClaimStatus, number>
  paidTotal: number
  payoutRatio: number | null
  medianWorkdaysToPayment: number | null
  returned: number
  rejectedByCode: Record<RejectCode, number>
}

const fen = (yuan: number) => Math.round(yuan * 100)
const sumYuan = (values: number[]) => values.reduce((s, v) => s + fen(v), 0) / 100
const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>

export function mutualAidOrgStats(
  enrolments: readonly EnrolmentFacts[],
  claims: readonly ClaimFacts[],
  orgId: string,
  calendar: WorkCalendar,
): MutualAidOrgStats {
  const inRow = (path: string) => path.includes(`/${orgId}/`)
  const es = enrolments.filter((e) => inRow(e.orgPath))
  const cs = claims.filter((c) => inRow(c.reviewPath))
  const paid = cs.filter((c) => c.status === 'paid' && c.paidAt !== null)
  const byStatus = zeros(CLAIM_STATUSES)
  const rejectedByCode = zeros(REJECT_CODES)
  for (const c of cs) {
    byStatus[c.status]++
    if (c.rejectCode) rejectedByCode[c.rejectCode]++
  }
  const feesConfirmed = sumYuan(es.filter((e) => e.confirmed).map((e) => e.feeDue))
  const paidTotal = sumYuan(paid.map((c) => c.payable))
  return {
    enrolled: es.length,
    active: es.filter((e) => e.status === 'active').length,
    feesDue: sumYuan(es.map((e) => e.feeDue)),
    feesConfirmed,
    claims: cs.length,
    byStatus,
    paidTotal,
    payoutRatio: feesConfirmed > 0 ? Math.round((paidTotal / feesConfirmed) * 10_000) / 10_000 : null,
    medianWorkdaysToPayment: median(paid.map((c) => calendar.countWorkdays(shanghaiDay(new Date(c.createdAt)), shanghaiDay(new Date(c.paidAt!))).count)),
    returned: cs.filter((c) => c.returned).length,
    rejectedByCode,
  }
}

const HEADER = [
  '组织编号', '组织名称', '组织类型', '参保人数', '保障中人数', '应缴会费(元)', '已确认会费(元)', '互助申请',
  '待审核材料', '待补正', '待审批', '待支付', '不予互助', '已支付', '已支付金额(元)', '赔付率(已支付÷已确认会费)',
  '提交至支付工作日中位数', '曾退回补正', ...REJECT_CODES.map((c) => `不予互助：${REJECT_LABELS[c]}`),
]

/** The same CSV conventions as grievance and legal statistics (BOM, CRLF, quoting: ../grievance/csv). */
export function mutualAidStatsCsv(rows: ReadonlyArray<{ org: Pick<Org, 'id' | 'name' | 'type'>; stats: MutualAidOrgStats }>): string {
  const lines = [HEADER.map(csvCell).join(',')]
  for (const { org, stats: s } of rows) {
    const b = s.byStatus
    lines.push([
      org.id, org.name, ORG_TYPE_LABELS[org.type], s.enrolled, s.active, s.feesDue.toFixed(2), s.feesConfirmed.toFixed(2), s.claims,
      b.submitted, b.returned, b.checked, b.approved, b.rejected, b.paid, s.paidTotal.toFixed(2),
      s.payoutRatio === null ? null : `${(s.payoutRatio * 100).toFixed(1)}%`, s.medianWorkdaysToPayment, s.returned,
      ...REJECT_CODES.map((c) => s.rejectedByCode[c]),
    ].map(csvCell).join(','))
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
