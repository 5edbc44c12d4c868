import { View, Text } from '@tarojs/components'
import { CATEGORY_LABELS, STATUS_LABELS, deadlineLabel } from '../../../../types/grievance-labels'
import type { QueueItem } from '../../../services/grievance'
import { openCase } from '../../components/case-item'

/** 受理期限 while it waits, then 办结期限 (or the status once there is none). */
export function deadlineText(item: QueueItem): string {
  if (item.status === 'pending') return `受理期限 ${item.acceptByLabel}`
  return item.resolveBy ? `办结期限 ${deadlineLabel(item.resolveBy)}` : STATUS_LABELS[item.status]
}

/** One case in the phone queue: a card that opens the case page. */
export default function QueueCard({ item }: { item: QueueItem }) {
  const late = item.late || item.overdue
  return (
    <View className={`queue__item ${item.supervisedForMe ? 'queue__item--supervised' : ''}`} onClick={() => openCase(item.id)}>
      <View className='queue__head'>
        <Text className='queue__title'>{CATEGORY_LABELS[item.category] ?? item.category}</Text>
        <Text className='queue__status'>{STATUS_LABELS[item.status] ?? item.status}</Text>
      </View>
      <Text className='muted'>{item.enterpriseName ?? '单位未填写'} · {item.affectedCount} 人</Text>
      <Text className={late ? 'queue__due queue__due--late' : 'queue__due'}>{late ? '已超时 · ' : ''}{deadlineText(item)}</Text>
      <View className='queue__tags'>
        {item.earlyWarning ? <Text className='queue__tag queue__tag--red'>欠薪预警</Text> : null}
        {item.urgent ? <Text className='queue__tag queue__tag--red'>紧急</Text> : null}
        {item.supervisedForMe ? <Text className='queue__tag queue__tag--red'>下级超期 · 本级督办</Text> : null}
        {item.supervised && !item.supervisedForMe ? <Text className='queue__tag'>上级督办中</Text> : null}
      </View>
    </View>
  )
}
