import { View, Text } from '@tarojs/components'
import type { InboxEntry as Entry } from '../../services/grievance'
import { timeLabel } from '../format'
import { openCase } from './case-item'

type Props = { entry: Entry; onRead: (entry: Entry) => void }

/** One 消息: unread ones carry a dot; tapping marks it read and opens its case when it has one. */
export default function InboxEntry({ entry, onRead }: Props) {
  function open() {
    onRead(entry)
    if (entry.caseId) openCase(entry.caseId)
  }
  return (
    <View className={`inbox-item${entry.read ? '' : ' inbox-item--unread'}`} onClick={open}>
      <View className='inbox-item__head'>
        {entry.read ? null : <Text className='inbox-item__dot' aria-label='未读' />}
        <Text className='inbox-item__title'>{entry.title}</Text>
        <Text className='inbox-item__at muted'>{timeLabel(entry.at)}</Text>
      </View>
      <Text className='inbox-item__body'>{entry.body}</Text>
    </View>
  )
}
