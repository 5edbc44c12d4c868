import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { ErrorBody } from '../../../types/envelope'
import ErrorNotice from '../../components/error-notice'
import { grievanceApi, type InboxEntry } from '../../services/grievance'
import { openCase } from './case-item'

type Props = { entry: InboxEntry; onAnswered: (entry: InboxEntry) => void }

/**
 * A retaliation check-in (30 and 90 days after a case closed): 是 opens a new case straight at the town
 * federation, so it is confirmed first; 否 only files the question away.
 */
export default function CheckinEntry({ entry, onAnswered }: Props) {
  const [busy, setBusy] = useState(false)
  const [answer, setAnswer] = useState<{ answer: 'yes' | 'no'; caseId: string | null } | null>(null)
  const [error, setError] = useState<ErrorBody | null>(null)

  async function send(value: 'yes' | 'no') {
    if (value === 'yes') {
      const { confirm } = await Taro.showModal({
        title: '确认受到打击报复？',
        content: '确认后，将作为新的反映直接交给镇（街道）总工会受理，并与原来的诉求关联。',
        confirmText: '确认反映',
        cancelText: '再想想',
      })
      if (!confirm) return
    }
    setBusy(true)
    setError(null)
    const res = await grievanceApi.answerCheckin(entry.id, value)
    setBusy(false)
    if (!res.ok) return setError(res.error)
    setAnswer(res.data)
    onAnswered(entry)
  }

  return (
    <View className={`inbox-item${entry.read ? '' : ' inbox-item--unread'}`}>
      <Text className='inbox-item__title'>{entry.title}</Text>
      <Text className='inbox-item__body'>{entry.body}</Text>
      {answer?.caseId ? (
        <View className='inbox-item__result'>
          <Text>已作为新的反映交给镇（街道）总工会。</Text>
          <Button type='primary' onClick={() => openCase(answer.caseId as string)}>查看新的诉求</Button>
        </View>
      ) : answer ? (
        <Text className='inbox-item__result muted'>已记录您的回答，谢谢。</Text>
      ) : entry.read ? null : (
        <View className='inbox-item__answers'>
          <Button size='large' type='primary' loading={busy} disabled={busy} onClick={() => void send('yes')}>是</Button>
          <Button size='large' disabled={busy} onClick={() => void send('no')}>否</Button>
        </View>
      )}
      {error ? <ErrorNotice error={error} /> : null}
    </View>
  )
}
