import { View, Text } from '@tarojs/components'
import PhotoGallery from '../../components/photo-gallery'
import type { ConsultMessage } from '../../services/legal'
import { timeLabel } from '../format'
import './thread.scss'

const WHAT: Record<ConsultMessage['from'], Record<ConsultMessage['kind'], string>> = {
  worker: { question: '我的提问', answer: '我', follow_up: '我的追问' },
  lawyer: { question: '律师', answer: '律师答复', follow_up: '律师追问' },
}
/** The same thread read by the lawyer (desk pages): the worker is 职工, not 我. */
const FOR_LAWYER: typeof WHAT = { ...WHAT, worker: { question: '职工提问', answer: '职工', follow_up: '职工追问' } }

/** The question, the answers and the follow-ups, oldest first: the worker's on the right, the lawyer's on the left. */
export default function Thread({ messages, refresh, viewer = 'worker' }: { messages: ConsultMessage[]; refresh: () => unknown; viewer?: 'worker' | 'lawyer' }) {
  const what = viewer === 'lawyer' ? FOR_LAWYER : WHAT
  return (
    <View className='section'>
      <Text className='section-title'>咨询记录</Text>
      {messages.map((m) => (
        <View key={m.id} className={`thread__msg thread__msg--${m.from} ${m.kind === 'answer' ? 'thread__msg--answer' : ''}`}>
          <Text className='thread__who'>{what[m.from][m.kind]} · {timeLabel(m.at)}</Text>
          <Text className='thread__text'>{m.text}</Text>
          {m.photos.length ? <PhotoGallery photos={m.photos} refresh={refresh} size='small' /> : null}
        </View>
      ))}
    </View>
  )
}
