import { View, Text } from '@tarojs/components'
import { OUTCOME_LABELS, STATUS_LABELS } from '../../../types/grievance-labels'
import type { CaseViewBase } from '../../services/grievance'
import { isPast } from '../format'
import './sla-clock.scss'

type Clock = { main: string; note?: string; warn?: boolean }

/** The service promise as a worker reads it: by when the union must accept, then resolve. */
export function slaClock(v: CaseViewBase, now = Date.now()): Clock {
  const estimated = v.acceptByEstimated ? '按目前公布的节假日估算，' : ''
  switch (v.status) {
    case 'pending':
      if (v.overdue) return { main: `受理已超时（期限 ${v.acceptByLabel}）`, note: '已在最高一级工会，正在督促尽快受理。', warn: true }
      if (isPast(v.acceptBy, now)) return { main: `受理已超时（期限 ${v.acceptByLabel}）`, note: '系统会自动把诉求交给上一级工会。', warn: true }
      return { main: `须在 ${v.acceptByLabel} 前受理`, note: `${estimated}超时未受理会自动交给上一级工会。` }
    case 'awaiting_info':
      return { main: '等待补充情况', note: '补充情况期间，办结期限暂停计算。' }
    case 'accepted':
      if (v.supervised) return { main: `办结已超期（期限 ${v.resolveByLabel ?? ''}）`, note: '上级工会正在督办。', warn: true }
      return { main: v.resolveByLabel ? `须在 ${v.resolveByLabel} 前办结` : STATUS_LABELS.accepted, note: '受理后 15 天内办结。' }
    case 'resolved':
      return {
        main: `已办结：${v.outcome ? OUTCOME_LABELS[v.outcome] : ''}`,
        // A joiner follows the case; confirming, rating and reopening are the reporter's.
        note: (v as { role?: string }).role === 'joiner' ? '由最初反映问题的职工确认是否解决。' : '请确认是否解决并评价；没有真正解决的，15 天内可以重新打开。',
      }
    default:
      return { main: STATUS_LABELS[v.status] ?? v.status }
  }
}

export default function SlaClock({ view }: { view: CaseViewBase }) {
  const clock = slaClock(view)
  return (
    <View className={`sla ${clock.warn ? 'sla--warn' : ''}`}>
      <Text className='sla__main'>{clock.main}</Text>
      {clock.note ? <Text className='sla__note'>{clock.note}</Text> : null}
    </View>
  )
}
