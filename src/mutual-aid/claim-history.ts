/** The claim's timeline in words (event types written by cloudfunctions/mutualAid). */
import { REJECT_LABELS, type RejectCode } from '../../types/mutual-aid-labels'
import type { TimelineStep } from '../components/timeline'
import type { ClaimEvent } from '../services/mutual-aid'
import { timeLabel } from './format'

const EVENT_TEXT: Record<string, string> = {
  submitted: '提交申请',
  returned: '工会退回补正材料',
  resubmitted: '补正后重新提交',
  checked: '工会审核：材料齐全',
  documents_ok: '工会审核：材料齐全',
  approved: '审批通过',
  approved_first: '第一位干部审批通过，等待第二位干部复核',
  approval: '干部审批通过',
  rejected: '不予互助',
  paid: '已支付',
  escalated: '超过审批期限，已提醒上级工会督办',
  account_revealed: '干部查看了完整账号',
}

export function claimSteps(history: ClaimEvent[]): TimelineStep[] {
  return history.map((e) => ({
    time: timeLabel(e.at),
    text: EVENT_TEXT[e.type] ?? e.type,
    notes: [e.code && e.code in REJECT_LABELS ? REJECT_LABELS[e.code as RejectCode] : null, e.note ?? null],
  }))
}
