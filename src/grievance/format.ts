/** Small display helpers for grievance pages (zod-free, no Taro). */
import type { HistoryEntry } from '../../types/grievance'
import { routeExplanation, strictestChoice, type RouteReader } from '../../types/grievance-labels'
import type { CaseView } from '../services/grievance'

/** "3月10日 10:00" from a server instant (always written with +08:00, so the digits are Shanghai time). */
export function timeLabel(iso: string): string {
  const m = /^\d{4}-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso)
  return m ? `${Number(m[1])}月${Number(m[2])}日 ${m[3]}:${m[4]}` : iso
}

/** "1234 5678 9012 3456": easier to read aloud and copy by hand than 16 digits in a row. */
export const groupedReceipt = (receipt: string) => receipt.replace(/(\d{4})(?=\d)/g, '$1 ')

/** True once the instant has passed (display only: the server decides escalation). */
export const isPast = (iso: string | null, now = Date.now()) => iso !== null && Date.parse(iso) < now

/** One timeline line in plain Chinese, with the orgs' names. */
export function historyText(h: HistoryEntry, names: Record<string, string>): string {
  const from = h.fromOrgId ? names[h.fromOrgId] ?? '原工会' : '原工会'
  const to = h.toOrgId ? names[h.toOrgId] ?? '工会' : '工会'
  switch (h.type) {
    case 'submitted': return `提交诉求，交给${to}`
    case 'joined': return '又有职工一起反映'
    case 'rerouted': return `反映人数较多，改由${to}处理`
    case 'escalated': return `${from}没有按时受理，自动交给${to}`
    case 'transferred': return h.reason === 'TAKEN_OVER' ? `${to}督办并接手办理` : `${from}转给${to}办理`
    case 'accepted': return `${to}已受理`
    case 'info_requested': return '工会请职工补充情况'
    case 'info_provided': return '职工已补充情况'
    case 'replied': return '有新的回复'
    case 'resolved': return `${to}已办结`
    case 'confirmed': return '职工确认问题已解决'
    case 'rated': return '职工已评价'
    case 'reopened': return '职工重新打开了诉求'
    case 'supervised': return '超过办结期限，上级工会督办'
    case 'overdue': return '超过受理期限，已在最高一级工会，督促尽快受理'
    default: return '进展更新'
  }
}

/** Who reads the case: an officer reads about the reporter, a worker about their own choice. */
export const readerOf = (view: CaseView): RouteReader =>
  'reporters' in view ? { kind: 'officer', ...strictestChoice(view.reporters) } : { kind: 'worker', privacy: view.privacy ?? null }

/** Why the case moved, for hops that carry a routing reason, in the reader's words. */
export const reasonText = (h: HistoryEntry, reader: RouteReader) => (h.reason ? routeExplanation(h.reason, reader) : '')
