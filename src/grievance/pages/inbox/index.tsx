import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import EmptyState from '../../../components/empty-state'
import ErrorNotice from '../../../components/error-notice'
import CheckinEntry from '../../components/checkin-entry'
import InboxEntry from '../../components/inbox-entry'
import { useInbox, type InboxList } from '../../hooks/use-inbox'
import { withTextScale } from '../../../components/text-scale'
import './index.scss'

type Tab = 'mine' | 'org'

/** 消息: the worker's own entries, and for an officer also the org's (a second tab), newest first. */
function InboxPage() {
  const { state, reload, loadMore, markRead } = useInbox()
  const [tab, setTab] = useState<Tab>('mine')
  if (state.status === 'loading') return <View className='section muted'>正在加载…</View>

  const shown: Tab = tab === 'org' && state.org ? 'org' : 'mine'
  const list: InboxList = shown === 'org' && state.org ? state.org : state.mine
  const unread = (l: InboxList | null) => (l ? l.items.filter((i) => !i.read).length : 0)
  const tabLabel = (label: string, l: InboxList | null) => (unread(l) ? `${label}（${unread(l)} 条未读）` : label)

  return (
    <View className='inbox'>
      {state.org ? (
        <View className='inbox__tabs'>
          {(['mine', 'org'] as const).map((t) => (
            <View key={t} className={`inbox__tab${shown === t ? ' inbox__tab--on' : ''}`} onClick={() => setTab(t)}>
              <Text>{t === 'mine' ? tabLabel('我的消息', state.mine) : tabLabel('本单位消息', state.org)}</Text>
            </View>
          ))}
        </View>
      ) : null}
      {state.error ? <ErrorNotice error={state.error} onRetry={() => void (list.items.length ? loadMore(shown) : reload())} /> : null}
      {list.items.length === 0 && !state.error ? (
        <EmptyState title='暂时没有消息' hint={shown === 'org' ? '本单位收到新的诉求、督办时会在这里提醒。' : '诉求有进展时会在这里提醒您。'} />
      ) : null}
      {list.items.map((entry) =>
        entry.type === 'grievance.checkin' && shown === 'mine' ? (
          <CheckinEntry key={entry.id} entry={entry} onAnswered={markRead} />
        ) : (
          <InboxEntry key={entry.id} entry={entry} onRead={markRead} />
        ),
      )}
      {list.next ? (
        <View className='section'>
          <Button block loading={state.status === 'loadingMore'} onClick={() => void loadMore(shown)}>加载更多</Button>
        </View>
      ) : list.items.length ? (
        <Text className='muted inbox__end'>没有更多了</Text>
      ) : null}
    </View>
  )
}

export default withTextScale(InboxPage)
