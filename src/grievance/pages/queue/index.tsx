import { useState } from 'react'
import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import EmptyState from '../../../components/empty-state'
import PagedList from '../../../components/paged-list'
import Tabs from '../../../components/tabs'
import { useDesktop } from '../../../hooks/use-desktop'
import { useShownAgain } from '../../../hooks/use-shown-again'
import { QUEUE_TABS, useQueue, type QueueTab } from '../../hooks/use-queue'
import QueueCard from './queue-card'
import QueueDesk from './queue-desk'
import { withTextScale } from '../../../components/text-scale'
import './index.scss'

const isTab = (s: string | undefined): s is QueueTab => QUEUE_TABS.some(([t]) => t === s)

/**
 * 维权诉求 queue of the officer's union: filter tabs, nearest deadline first, 加载更多; a table at a desk.
 * `?status=` (a tab, e.g. from a 工作看板 number) opens on that tab.
 */
function QueuePage() {
  const { params } = useRouter()
  const [tab, setTab] = useState<QueueTab>(isTab(params.status) ? params.status : 'all')
  const queue = useQueue(tab)
  const desktop = useDesktop()
  useShownAgain(() => void queue.reload())
  if (desktop) return <QueueDesk tab={tab} onTab={setTab} queue={queue} />
  const { state, reload, loadMore } = queue
  return (
    <View className='queue'>
      <Tabs tabs={QUEUE_TABS} value={tab} onChange={setTab} />
      <PagedList state={state} reload={reload} loadMore={loadMore}
        empty={<EmptyState title='没有需要办理的诉求' hint='新的诉求到达后会出现在这里，按期限先后排列。' />}
      >
        {state.items.map((item) => <QueueCard key={item.id} item={item} />)}
      </PagedList>
    </View>
  )
}

export default withTextScale(QueuePage)
