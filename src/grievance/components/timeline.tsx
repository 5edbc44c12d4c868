import { View, Text } from '@tarojs/components'
import type { HistoryEntry } from '../../../types/grievance'
import { historyText, reasonText, timeLabel } from '../format'
import './timeline.scss'

/** Every hop and step of the case, oldest first, with the orgs' names and why it moved. */
export default function Timeline({ history, orgNames }: { history: HistoryEntry[]; orgNames: Record<string, string> }) {
  return (
    <View className='timeline'>
      {history.map((h, i) => (
        <View key={`${h.at}-${i}`} className='timeline__item'>
          <Text className='timeline__time'>{timeLabel(h.at)}</Text>
          <Text className='timeline__text'>{historyText(h, orgNames)}</Text>
          {reasonText(h) ? <Text className='timeline__reason'>{reasonText(h)}</Text> : null}
          {h.note ? <Text className='timeline__reason'>说明：{h.note}</Text> : null}
        </View>
      ))}
    </View>
  )
}
