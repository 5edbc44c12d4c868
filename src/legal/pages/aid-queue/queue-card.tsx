import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { AID_STATUS_LABELS, LEGAL_CATEGORY_LABELS, MEANS_TEST_LABELS } from '../../../../types/legal-labels'
import { yuanLabel } from '../../../../types/legal/money'
import { deadlineLabel } from '../../../../types/grievance-labels'
import type { AidQueueRow } from '../../../services/legal'
import { decideByText } from '../../desk-format'
import { timeLabel } from '../../format'
import { LEGAL } from '../../links'

/** Urgent first, then the server's order (earliest decide-by; paused ones last). */
export const urgentFirst = (rows: AidQueueRow[]) => [...rows.filter((r) => r.urgent), ...rows.filter((r) => !r.urgent)]
export const dueText = (a: AidQueueRow) => (a.decideBy ? decideByText(deadlineLabel(a.decideBy)) : '等待补充材料（期限暂停）')
/** The means-test outcome without its explanation in brackets. */
export const meansShort = (a: AidQueueRow) => MEANS_TEST_LABELS[a.meansTest].replace(/（.*）$/, '')

/** One application in the phone queue: masked applicant, claim, decide-by, urgent/overdue and the means test. */
export default function AidQueueCard({ a }: { a: AidQueueRow }) {
  const open = () => void Taro.navigateTo({ url: `${LEGAL.aidCase}?id=${encodeURIComponent(a.id)}` })
  return (
    <View className={`ldesk__row ${a.urgent || a.overdue ? 'ldesk__row--flag' : ''}`} role='button' onClick={open}>
      <View className='ldesk__head'>
        <Text className='ldesk__title'>{LEGAL_CATEGORY_LABELS[a.category]}</Text>
        <Text className='ldesk__status'>{AID_STATUS_LABELS[a.status]}</Text>
      </View>
      <Text className='muted'>{a.applicant.name} · {a.applicant.phone} · 请求 {yuanLabel(a.claimAmount)} · {timeLabel(a.createdAt)} 提交</Text>
      <Text className={`ldesk__due ${a.overdue ? 'ldesk__due--late' : ''}`}>{dueText(a)}</Text>
      <View className='ldesk__tags'>
        {a.urgent ? <Text className='ldesk__tag ldesk__tag--red'>紧急</Text> : null}
        {a.overdue ? <Text className='ldesk__tag ldesk__tag--red'>已超期</Text> : null}
        <Text className={`ldesk__tag ${a.meansTest === 'failed' ? '' : 'ldesk__tag--green'}`}>{meansShort(a)}</Text>
      </View>
    </View>
  )
}
