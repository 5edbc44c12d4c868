/**
 * The dashboard's numbers as cards: a label, the value as text ("—" when there is none yet) and the list it comes
 * from. Paths are written out here (a subpackage does not import another's links); pure, no Taro.
 */
import type { DashboardView } from '../../types/dashboard'
import { NOT_YET, SECTION_LABELS } from '../../types/dashboard-labels'

export type Card = { key: string; label: string; value: string; url: string }
export type Section = { key: keyof typeof SECTION_LABELS; title: string; cards: Card[] }

export const LINKS = {
  grievanceQueue: '/grievance/pages/queue/index',
  grievanceStats: '/grievance/pages/stats/index',
  membershipQueue: '/membership/pages/queue/index',
  legalStats: '/legal/pages/stats/index',
  mutualAidQueue: '/mutual-aid/pages/queue/index',
  mutualAidStats: '/mutual-aid/pages/stats/index',
  arrearsBoard: '/arrears/pages/board/index',
  organisingList: '/organising/pages/list/index',
}

export const percent = (rate: number | null) => (rate === null ? NOT_YET : `${Math.round(rate * 100)}%`)
export const yuan = (n: number) => `${n.toLocaleString('zh-CN')} 元`
const count = (n: number | null | undefined) => (n === null || n === undefined ? NOT_YET : String(n))

const withQuery = (url: string, query: Record<string, string | undefined>) => {
  const q = Object.entries(query).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${encodeURIComponent(v!)}`)
  return q.length ? `${url}?${q.join('&')}` : url
}

export function dashboardSections(view: DashboardView): Section[] {
  const { rollup: r, arrears: a, organising: o } = view
  const orgId = view.org.id
  const q = (url: string, more: Record<string, string | undefined> = {}) => withQuery(url, { orgId, ...more })
  const month = r.months[r.months.length - 1]?.month
  return [
    { key: 'grievances', title: SECTION_LABELS.grievances, cards: [
      { key: 'g-pending', label: '待受理', value: count(r.grievances.open.pending), url: q(LINKS.grievanceQueue, { status: 'pending' }) },
      { key: 'g-accepted', label: '处理中', value: count(r.grievances.open.accepted), url: q(LINKS.grievanceQueue, { status: 'accepted' }) },
      { key: 'g-info', label: '待补充情况', value: count(r.grievances.open.awaiting_info), url: q(LINKS.grievanceQueue, { status: 'awaiting_info' }) },
      { key: 'g-ontime', label: '按时受理率', value: percent(r.grievances.onTimeAcceptRate), url: q(LINKS.grievanceStats) },
      { key: 'g-satisfied', label: '满意率', value: percent(r.grievances.satisfiedRate), url: q(LINKS.grievanceStats) },
    ] },
    { key: 'memberships', title: SECTION_LABELS.memberships, cards: [
      { key: 'm-pending', label: '待审核', value: count(r.memberships.pending), url: q(LINKS.membershipQueue, { status: 'pending' }) },
      { key: 'm-overdue', label: '已超时', value: count(r.memberships.overdue), url: q(LINKS.membershipQueue, { overdue: '1' }) },
    ] },
    { key: 'legal', title: SECTION_LABELS.legal, cards: [
      { key: 'l-count', label: '近 12 个月咨询', value: count(r.legal.consultations), url: q(LINKS.legalStats) },
      { key: 'l-24h', label: '24 小时内答复率', value: percent(r.legal.answeredWithin24hRate), url: q(LINKS.legalStats) },
    ] },
    { key: 'mutualAid', title: SECTION_LABELS.mutualAid, cards: [
      { key: 'a-pending', label: '待处理申请', value: count(r.mutualAid.pending), url: q(LINKS.mutualAidQueue) },
      { key: 'a-paid', label: '今年已支付', value: yuan(r.mutualAid.paidThisYear), url: q(LINKS.mutualAidStats) },
    ] },
    { key: 'arrears', title: SECTION_LABELS.arrears, cards: [
      { key: 'r-filed', label: '已报', value: count(a?.filed), url: q(LINKS.arrearsBoard, { month }) },
      { key: 'r-missing', label: '未报', value: count(a?.missing), url: q(LINKS.arrearsBoard, { month }) },
      { key: 'r-overdue', label: '逾期', value: count(a?.overdue), url: q(LINKS.arrearsBoard, { month }) },
      { key: 'r-arrears', label: '有欠薪', value: count(a?.arrears), url: q(LINKS.arrearsBoard, { month }) },
    ] },
    { key: 'organising', title: SECTION_LABELS.organising, cards: [
      { key: 'o-list', label: '待建会企业', value: count(o?.onList), url: q(LINKS.organisingList) },
      { key: 'o-done', label: '今年已建会', value: count(o?.organisedThisYear), url: q(LINKS.organisingList) },
      { key: 'o-coverage', label: '参保职工覆盖率', value: o ? percent(o.coverageRate) : NOT_YET, url: q(LINKS.organisingList) },
    ] },
  ]
}

/** The four trend charts: points per month (`3月`), rates as whole percents. */
export function trendSeries(view: DashboardView) {
  const label = (m: string) => `${Number(m.slice(5))}月`
  const pct = (v: number | null) => (v === null ? null : Math.round(v * 100))
  const months = view.rollup.months
  return {
    grievancesReceived: months.map((m) => ({ label: label(m.month), value: m.grievancesReceived })),
    onTimeAcceptRate: months.map((m) => ({ label: label(m.month), value: pct(m.onTimeAcceptRate) })),
    answeredWithin24hRate: months.map((m) => ({ label: label(m.month), value: pct(m.answeredWithin24hRate) })),
    mutualAidPaid: months.map((m) => ({ label: label(m.month), value: m.mutualAidPaid })),
  }
}
