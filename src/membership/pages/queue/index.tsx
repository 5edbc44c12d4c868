import { useRef, useState } from 'react'
import { View, ScrollView } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import EmptyState from '../../../components/empty-state'
import ErrorNotice from '../../../components/error-notice'
import { QUEUE_TABS, useApplicationQueue, type QueueTab } from '../../hooks/use-application-queue'
import MemberRoster from './member-roster'
import QueueRow from './queue-row'
import './index.scss'

type Tab = QueueTab | 'members'
const TABS: [Tab, string][] = [...QUEUE_TABS, ['members', '会员名单']]
const EMPTY: Record<QueueTab, string> = {
  pending: '没有待审核的入会申请', overdue: '没有超期的申请', approved: '还没有通过的申请', rejected: '没有未通过的申请',
}

function Applications({ tab }: { tab: QueueTab }) {
  const { state, reload, loadMore } = useApplicationQueue(tab)
  const shown = useRef(false)
  // Back from a review: the decided application moves to another tab.
  useDidShow(() => {
    if (shown.current) void reload()
    shown.current = true
  })
  return (
    <View>
      {state.status === 'loading' ? <View className='section muted'>正在加载…</View> : null}
      {state.error ? <ErrorNotice error={state.error} onRetry={() => void reload()} /> : null}
      {state.status === 'ready' && !state.error && state.items.length === 0 ? (
        <EmptyState title={EMPTY[tab]} hint='新的申请到达后会出现在这里，按审核期限先后排列。' />
      ) : null}
      {state.items.map((item) => <QueueRow key={item.id} item={item} />)}
      {state.next ? (
        <View className='section'>
          <Button block loading={state.status === 'loadingMore'} onClick={() => void loadMore()}>加载更多</Button>
        </View>
      ) : null}
    </View>
  )
}

/** 入会审核: the union's applications by tab, nearest review-by first, and the member roster. */
export default function MembershipQueuePage() {
  const [tab, setTab] = useState<Tab>('pending')
  return (
    <View className='mqueue'>
      <ScrollView scrollX className='mqueue__tabs'>
        {TABS.map(([key, label]) => (
          <View key={key} className={`mqueue__tab ${key === tab ? 'mqueue__tab--on' : ''}`} role='tab' aria-selected={key === tab} onClick={() => setTab(key)}>
            {label}
          </View>
        ))}
      </ScrollView>
      {tab === 'members' ? <MemberRoster /> : <Applications key={tab} tab={tab} />}
    </View>
  )
}
