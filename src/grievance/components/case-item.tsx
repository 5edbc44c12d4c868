import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { CATEGORY_LABELS, STATUS_LABELS } from '../../../types/grievance-labels'
import type { MineItem } from '../../services/grievance'
import { timeLabel } from '../format'
import './case-item.scss'

export const openCase = (id: string) => void Taro.navigateTo({ url: `/grievance/pages/case/index?id=${encodeURIComponent(id)}` })

/** One of the worker's cases: what, where, how far, and the accept-by promise while it waits. */
export default function CaseItem({ item }: { item: MineItem }) {
  return (
    <View className='case-item' onClick={() => openCase(item.id)}>
      <View className='case-item__head'>
        <Text className='case-item__title'>{CATEGORY_LABELS[item.category] ?? item.category}</Text>
        <Text className={`case-item__status case-item__status--${item.status}`}>{STATUS_LABELS[item.status] ?? item.status}</Text>
      </View>
      <Text className='case-item__meta'>
        {item.enterpriseName ?? '单位未填写'} · {timeLabel(item.createdAt)} 提交{item.role === 'joiner' ? ' · 一起反映' : ''}
      </Text>
      {item.status === 'pending' ? <Text className='case-item__due'>须在 {item.acceptByLabel} 前受理</Text> : null}
      {item.supervised ? <Text className='case-item__flag'>上级工会督办中</Text> : null}
      <Text className='case-item__more'>查看进度 ›</Text>
    </View>
  )
}
