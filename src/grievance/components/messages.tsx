import { View, Text } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import ErrorNotice from '../../components/error-notice'
import type { CaseMessage } from '../../services/grievance'
import { timeLabel } from '../format'
import type { PagedState } from '../hooks/use-paged'
import './messages.scss'

const KIND_PREFIX: Record<CaseMessage['kind'], string> = { message: '', info_request: '请补充情况：', info_reply: '补充情况：' }

type Props = {
  state: PagedState<CaseMessage>
  orgNames: Record<string, string>
  /** Whose page this is: "我" is the worker on the worker's page, the union on the officer's. */
  viewer: 'worker' | 'officer'
  loadMore: () => void
  reload: () => void
}

/** Messages both ways, oldest first: the union's on the left, the worker's on the right. */
export default function Messages({ state, orgNames, viewer, loadMore, reload }: Props) {
  const who = (m: CaseMessage) =>
    m.from === 'officer' ? (m.orgId ? orgNames[m.orgId] ?? '工会' : '工会') : viewer === 'worker' ? '我' : '职工'
  return (
    <View className='section'>
      <Text className='section-title'>沟通记录</Text>
      {state.status === 'loading' ? <Text className='muted'>正在加载…</Text> : null}
      {state.error ? <ErrorNotice error={state.error} onRetry={reload} /> : null}
      {state.status === 'ready' && !state.error && state.items.length === 0 ? <Text className='muted'>还没有消息。</Text> : null}
      {state.items.map((m) => (
        <View key={m.id} className={`msg msg--${m.from}`}>
          <Text className='msg__who'>{who(m)} · {timeLabel(m.at)}</Text>
          <Text className='msg__text'>{KIND_PREFIX[m.kind]}{m.text}</Text>
        </View>
      ))}
      {state.next ? <Button block loading={state.status === 'loadingMore'} onClick={loadMore}>加载更多</Button> : null}
    </View>
  )
}
