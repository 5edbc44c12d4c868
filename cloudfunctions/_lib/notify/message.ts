/**
 * What a subscribe message says, built from an inbox item (pure). Only title-level facts go out: the kind of news,
 * a short status, the item's title (our own fixed wording: never names, phones, ID numbers or a description), the
 * time, and the page that opens the case or application.
 *
 * Template layout (docs/decisions/0008-subscribe-messages.md): every template the deployment picks has the fields
 * thing1 (通知类型), phrase2 (状态), thing3 (内容), time4 (时间). WeChat's limits: thing ≤ 20 characters,
 * phrase ≤ 5 Chinese characters, time `2026年3月10日 10:00`.
 */
import type { SubscribeKind } from '../../../types/notify'
import type { InboxItem } from '../store/port'

const KIND_LABELS: Record<SubscribeKind, string> = { grievance: '职工诉求', membership: '入会与会籍', officer: '工会待办', legal: '法律咨询' }

/** Inbox item type → a status of at most 5 Chinese characters. */
export const STATUS_PHRASES: Record<string, string> = {
  'grievance.submitted': '已提交',
  'grievance.received': '待受理',
  'grievance.accepted': '已受理',
  'grievance.replied': '有新回复',
  'grievance.info_requested': '待补充',
  'grievance.transferred': '已转办',
  'grievance.rerouted': '已转交',
  'grievance.escalated': '已升级',
  'grievance.supervised': '待督办',
  'grievance.resolved': '已办结',
  'grievance.reopened': '重新打开',
  'grievance.confirmed': '已结案',
  'grievance.joined': '有人加入',
  'grievance.checkin': '回访',
  'membership.submitted': '已提交',
  'membership.received': '待审核',
  'membership.approved': '已通过',
  'membership.rejected': '未通过',
  'membership.transferred': '已转入',
  'membership.transferredOut': '已转出',
  'membership.escalated': '已升级',
  'membership.suspended': '已暂停',
  'membership.reinstated': '已恢复',
  'membership.left': '有人退会',
  'legal.answered': '律师已答复',
  'legal.replied': '有新回复',
  'legal.closed': '已结束',
  'legal.escalated': '已转交',
  'legal.supervised': '待督办',
  'legal.reminder': '时效提醒',
  'legal.aid_received': '待决定',
  'legal.aid_material': '待补充',
  'legal.aid_supplied': '已补充',
  'legal.aid_decided': '有结果',
  'legal.aid_withdrawn': '已撤回',
  'legal.aid_escalated': '已转交',
  'mutualAid.received': '待审核',
  'mutualAid.returned': '待补正',
  'mutualAid.resubmitted': '已补正',
  'mutualAid.checked': '待审批',
  'mutualAid.approved': '已审批',
  'mutualAid.rejected': '未通过',
  'mutualAid.paid': '已支付',
  'organising.reminder': '待联系',
  'radar.alert': '风险预警',
  'arrears.due': '今日截止',
  'arrears.overdue': '已逾期',
}
const DEFAULT_PHRASE = '有新进展'

/** Echoes of the recipient's own tap ("submitted"): not worth one of their one-time messages. */
const ECHOES = new Set(['grievance.submitted', 'membership.submitted'])

/**
 * Which subscription an inbox item may spend (null: none): an org's items are officers' news; a worker's go by the
 * item's capability.
 */
export function kindOf(item: Pick<InboxItem, 'recipientKey' | 'type'>): SubscribeKind | null {
  if (item.recipientKey.startsWith('org:')) return 'officer'
  if (ECHOES.has(item.type)) return null
  if (item.type.startsWith('grievance.')) return 'grievance'
  if (item.type.startsWith('membership.')) return 'membership'
  if (item.type.startsWith('legal.')) return 'legal'
  // Mutual aid is a member's benefit: its news spends the member's membership subscription.
  if (item.type.startsWith('mutualAid.')) return 'membership'
  return null
}

/** The mini-program page the message opens (no leading slash, as WeChat wants it). */
export function pageOf(item: Pick<InboxItem, 'recipientKey' | 'type' | 'caseId'>): string {
  const officer = item.recipientKey.startsWith('org:')
  const id = item.caseId ? `?id=${encodeURIComponent(item.caseId)}` : ''
  if (item.type.startsWith('membership.')) {
    if (officer) return item.caseId ? `membership/pages/review/index${id}` : 'membership/pages/queue/index'
    return `membership/pages/status/index${id}`
  }
  if (item.type.startsWith('legal.aid_')) return item.caseId ? `legal/pages/aid/index${id}` : 'legal/pages/aid-queue/index'
  if (item.type.startsWith('legal.')) return item.caseId ? `legal/pages/consultation/index${id}` : 'legal/pages/limitation/index'
  if (item.type.startsWith('organising.')) return item.caseId ? `organising/pages/entry/index?creditCode=${encodeURIComponent(item.caseId)}` : 'organising/pages/list/index'
  if (item.type.startsWith('mutualAid.')) {
    if (officer && !item.caseId) return 'mutual-aid/pages/queue/index'
    return item.caseId ? `mutual-aid/pages/claim/index${id}` : 'mutual-aid/pages/cover/index'
  }
  if (item.type.startsWith('radar.')) return 'radar/pages/index/index'
  return item.caseId ? `grievance/pages/case/index${id}` : 'grievance/pages/inbox/index'
}

/** At most `max` characters, cut with an ellipsis (thing fields are limited to 20). */
export function clip(text: string, max = 20): string {
  const chars = Array.from(text)
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`
}

/** `2026-03-10T10:00:00+08:00` → `2026年3月10日 10:00` (the item's time is already Shanghai time). */
export function timeValue(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso)
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日 ${m[4]}:${m[5]}` : iso
}

export function templateData(kind: SubscribeKind, item: Pick<InboxItem, 'type' | 'title' | 'at'>): Record<string, string> {
  return {
    thing1: KIND_LABELS[kind],
    phrase2: STATUS_PHRASES[item.type] ?? DEFAULT_PHRASE,
    thing3: clip(item.title),
    time4: timeValue(item.at),
  }
}
