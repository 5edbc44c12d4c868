import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import { CATEGORY_LABELS, STATUS_LABELS, deadlineLabel } from '../../../../types/grievance-labels'
import EmptyState from '../../../components/empty-state'
import PagedList from '../../../components/paged-list'
import Tabs from '../../../components/tabs'
import { useShownAgain } from '../../../hooks/use-shown-again'
import type { QueueItem } from '../../../services/grievance'
import { openCase } from '../../components/case-item'
import { QUEUE_TABS, useQueue, type QueueTab } from '../../hooks/use-queue'
import './index.scss'

function deadlineText(item: QueueItem): string {
  if (item.status === 'pending') return `受理期限 ${item.acceptByLabel}`
  return item.resolveBy ? `办结期限 ${deadlineLabel(item.resolveBy)}` : STATUS_LABELS[item.status]
}

function Row({ item }: { item: QueueItem }) {
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
        {item.urgent ? <Text className='queue__tag queue__tag--red'>紧急</Text> : null}
        {item.supervisedForMe ? <Text className='queue__tag queue__tag--red'>下级超期 · 本级督办</Text> : null}
        {item.supervised && !item.supervisedForMe ? <Text className='queue__tag'>上级督办中</Text> : null}
      </View>
    </View>
  )
}

/** 维权诉求 queue of the officer's union: filter tabs, nearest deadline first, 加载更多. */
export default function QueuePage() {
  const [tab, setTab] = useState<QueueTab>('all')
  const { state, reload, loadMore } = useQueue(tab)
  useShownAgain(() => void reload())
  return (
    <View className='queue'>
      <Tabs tabs={QUEUE_TABS} value={tab} onChange={setTab} />
      <PagedList state={state} reload={reload} loadMore={loadMore}
        empty={<EmptyState title='没有需要办理的诉求' hint='新的诉求到达后会出现在这里，按期限先后排列。' />}
      >
        {state.items.map((item) => <Row key={item.id} item={item} />)}
      </PagedList>
    </View>
  )
}
