import { View, Text } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import ErrorNotice from '../../components/error-notice'
import type { CaseMessage, OfficerReporter } from '../../services/grievance'
import { timeLabel } from '../format'
import type { PagedState } from '../../hooks/use-paged'
import { participantLabel } from '../participants'
import PhotoGallery from '../../components/photo-gallery'
import './messages.scss'

const KIND_PREFIX: Record<CaseMessage['kind'], string> = { message: '', info_request: '请补充情况：', info_reply: '补充情况：' }

/** Whose page this is. An officer's carries the case's reporters, to name workers' messages as the server allows. */
export type MessagesViewer = { kind: 'worker' } | { kind: 'officer'; orgId: string | null; reporters: OfficerReporter[] }

type Props = {
  state: PagedState<CaseMessage>
  orgNames: Record<string, string>
  viewer: MessagesViewer
  loadMore: () => void
  reload: () => void
}

const unionName = (m: CaseMessage, orgNames: Record<string, string>) => (m.orgId ? orgNames[m.orgId] ?? '工会' : '工会')

/**
 * Who wrote a message and whether it is the viewer's side (drawn on the right). A worker's own are "我"; a
 * co-worker's on a collective case only "其他职工" (the server withholds those anyway). An officer sees the
 * union's name, and a worker's message by the participant reference the server gives (`reporterId`).
 */
export function describeSender(m: CaseMessage, orgNames: Record<string, string>, viewer: MessagesViewer): { who: string; own: boolean } {
  if (viewer.kind === 'worker') {
    if (m.from === 'officer') return { who: unionName(m, orgNames), own: false }
    return m.mine ? { who: '我', own: true } : { who: '其他职工', own: false }
  }
  if (m.from === 'officer') return { who: unionName(m, orgNames), own: m.orgId !== null && m.orgId === viewer.orgId }
  const reporter = m.reporterId == null ? undefined : viewer.reporters.find((r) => r.reporterId === m.reporterId)
  return { who: reporter ? participantLabel(reporter) : m.sender ?? '职工', own: false }
}

/** Messages both ways, oldest first: the viewer's side on the right, the other side on the left. */
export default function Messages({ state, orgNames, viewer, loadMore, reload }: Props) {
  return (
    <View className='section'>
      <Text className='section-title'>沟通记录</Text>
      {state.status === 'loading' ? <Text className='muted'>正在加载…</Text> : null}
      {state.error ? <ErrorNotice error={state.error} onRetry={reload} /> : null}
      {state.status === 'ready' && !state.error && state.items.length === 0 ? <Text className='muted'>还没有消息。</Text> : null}
      {state.items.map((m) => {
        const { who, own } = describeSender(m, orgNames, viewer)
        return (
          <View key={m.id} className={`msg msg--${m.from} ${own ? 'msg--own' : 'msg--other'}`}>
            <Text className='msg__who'>{who} · {timeLabel(m.at)}</Text>
            <Text className='msg__text'>{KIND_PREFIX[m.kind]}{m.text}</Text>
            {m.photos?.length ? <PhotoGallery photos={m.photos} refresh={reload} size='small' /> : null}
          </View>
        )
      })}
      {state.next ? <Button block loading={state.status === 'loadingMore'} onClick={loadMore}>加载更多</Button> : null}
    </View>
  )
}
