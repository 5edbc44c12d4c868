import { View, Text } from '@tarojs/components'
import type { MembershipHistoryView } from '../../../types/membership-views'
import { eventReasonText, membershipEventText, timeLabel } from './membership-format'
import './membership-timeline.scss'

type Props = { history: MembershipHistoryView[]; names: Record<string, string> }

/** Every step of an application or a membership, oldest first, with the reason the server gave. */
export default function MembershipTimeline({ history, names }: Props) {
  return (
    <View className='mtimeline'>
      {history.map((h, i) => (
        <View key={`${h.at}-${i}`} className='mtimeline__item'>
          <Text className='mtimeline__time'>{timeLabel(h.at)}</Text>
          <Text className='mtimeline__text'>{membershipEventText(h, names)}</Text>
          {eventReasonText(h) ? <Text className='mtimeline__reason'>{eventReasonText(h)}</Text> : null}
        </View>
      ))}
    </View>
  )
}
