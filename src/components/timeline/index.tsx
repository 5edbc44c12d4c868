import { View, Text } from '@tarojs/components'
import './index.scss'

/** One step: when, what happened, and any reasons or notes under it (empty ones are left out). */
export type TimelineStep = { time: string; text: string; notes: (string | null)[] }

/** The steps of a case or an application, oldest first, down a red line. */
export default function Timeline({ steps }: { steps: TimelineStep[] }) {
  return (
    <View className='timeline'>
      {steps.map((s, i) => (
        <View key={`${s.time}-${i}`} className='timeline__item'>
          <Text className='timeline__time'>{s.time}</Text>
          <Text className='timeline__text'>{s.text}</Text>
          {s.notes.map((note, j) => (note ? <Text key={j} className='timeline__reason'>{note}</Text> : null))}
        </View>
      ))}
    </View>
  )
}
