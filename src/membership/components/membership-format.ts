/** Small display helpers for membership pages (zod-free, no Taro). */
import { MEMBERSHIP_ROUTE_EXPLANATIONS, REJECT_REASON_LABELS } from '../../../types/membership-labels'
import type { MembershipHistoryView } from '../../../types/membership-views'

/** "1990年3月7日" from `1990-03-07` or a server instant (written with +08:00, so the digits are Shanghai time). */
export function dateLabel(isoOrDay: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoOrDay)
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : isoOrDay
}

/** "3月10日 10:00" from a server instant. */
export function timeLabel(iso: string): string {
  const m = /^\d{4}-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso)
  return m ? `${Number(m[1])}月${Number(m[2])}日 ${m[3]}:${m[4]}` : iso
}

export const GENDER_LABELS = { male: '男', female: '女' } as const

/** One timeline line in plain Chinese; `names` holds the orgs the reply names (others read as 原工会 / 工会). */
export function membershipEventText(h: MembershipHistoryView, names: Record<string, string>): string {
  const from = (h.fromOrgId && names[h.fromOrgId]) || '原工会'
  const to = (h.toOrgId && names[h.toOrgId]) || '工会'
  switch (h.type) {
    case 'submitted': return `提交申请，交给${to}审核`
    case 'escalated': return `${from}没有按时审核，交给${to}审核`
    case 'overdue': return '超过审核期限，已在最高一级工会，督促尽快审核'
    case 'approved': return `${to}审核通过`
    case 'rejected': return `${to}审核未通过`
    case 'withdrawn': return '退会时，这份申请一并撤回'
    case 'transferred_in': return `会籍转入${to}`
    case 'transferred_out': return `会籍从${from}转出，已通知${from}`
    case 'suspended': return '会籍被暂停'
    case 'reinstated': return '会籍恢复正常'
    case 'left': return '已退会'
    default: return '进展更新'
  }
}

/**
 * Why a step happened, in words: a routing reason or a reject reason becomes its Chinese text; a reason an
 * officer or the worker wrote is shown as written; any other code is not worth showing.
 */
export function eventReasonText(h: MembershipHistoryView): string | null {
  const r = h.reason
  // The card already says why the application went where it is; repeating it on the first step is noise.
  if (!r || h.type === 'submitted' || h.type === 'withdrawn') return null
  if (r in MEMBERSHIP_ROUTE_EXPLANATIONS) return MEMBERSHIP_ROUTE_EXPLANATIONS[r as keyof typeof MEMBERSHIP_ROUTE_EXPLANATIONS]
  if (r in REJECT_REASON_LABELS) return REJECT_REASON_LABELS[r as keyof typeof REJECT_REASON_LABELS]
  return /^[A-Z0-9_.]+$/.test(r) ? null : r
}
