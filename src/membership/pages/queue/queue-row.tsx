import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { APPLICATION_STATUS_LABELS } from '../../../../types/membership-labels'
import type { ApplicationQueueItemView } from '../../../../types/membership-views'
import { workplaceText } from '../../components/workplace-text'

export const openReview = (id: string) => void Taro.navigateTo({ url: `/membership/pages/review/index?id=${encodeURIComponent(id)}` })

/** One application in the officer's queue: who (masked), where they work, and the review-by promise. */
export default function QueueRow({ item }: { item: ApplicationQueueItemView }) {
  const late = item.status === 'pending' && (item.late || item.overdue)
  return (
    <View className={`mqueue__item ${late ? 'mqueue__item--late' : ''}`} onClick={() => openReview(item.id)}>
      <View className='mqueue__head'>
        <Text className='mqueue__name'>{item.nameMasked}</Text>
        <Text className='mqueue__status'>{APPLICATION_STATUS_LABELS[item.status]}</Text>
      </View>
      <Text className='mqueue__line'>身份证 {item.idMasked}</Text>
      <Text className='mqueue__line'>{workplaceText(item)}</Text>
      {item.status === 'pending' ? (
        <Text className={late ? 'mqueue__due mqueue__due--late' : 'mqueue__due'}>
          {late ? '已超期 · ' : ''}须在 {item.reviewByLabel} 前审核{item.reviewByEstimated ? '（预计）' : ''}
        </Text>
      ) : null}
      <View className='mqueue__tags'>
        {item.kind === 'transfer' ? <Text className='mqueue__tag'>会籍转接</Text> : null}
        {item.routeReason === 'ESCALATED' ? <Text className='mqueue__tag mqueue__tag--red'>下级超期转来</Text> : null}
        {item.employerBlind ? <Text className='mqueue__tag mqueue__tag--red'>不惊动单位</Text> : null}
      </View>
    </View>
  )
}
