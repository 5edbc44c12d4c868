import { View, Text } from '@tarojs/components'
import './index.scss'

type Props = { title: string; hint?: string; on: boolean; onClick: () => void; compact?: boolean }

/** One option of a single choice, as a large card (a tired worker taps it, never a tiny radio dot). */
export default function Choice({ title, hint, on, onClick, compact }: Props) {
  return (
    <View
      className={`choice ${on ? 'choice--on' : ''} ${compact ? 'choice--compact' : ''}`}
      role='radio'
      aria-checked={on}
      onClick={onClick}
    >
      <View className='choice__head'>
        <Text className='choice__mark'>{on ? '●' : '○'}</Text>
        <Text className='choice__title'>{title}</Text>
      </View>
      {hint ? <Text className='choice__hint'>{hint}</Text> : null}
    </View>
  )
}
