import { View, Text, Picker } from '@tarojs/components'
import type { StatsRange } from '../../services/grievance'

type Props = { range: StatsRange; onChange: (range: StatsRange) => void }

/** Optional from/to days (YYYY-MM-DD, inclusive); either end may be cleared. */
export default function DateRange({ range, onChange }: Props) {
  const end = (key: 'from' | 'to', label: string) => (
    <View className='date-range__end'>
      <Picker mode='date' value={range[key] ?? ''} onChange={(e) => onChange({ ...range, [key]: String(e.detail.value) })}>
        <Text className='date-range__value'>{range[key] ?? label}</Text>
      </Picker>
      {range[key] ? <Text className='date-range__clear' onClick={() => onChange({ ...range, [key]: undefined })}>清除</Text> : null}
    </View>
  )
  return (
    <View className='section date-range'>
      {end('from', '开始日期（不限）')}
      <Text className='date-range__to'>至</Text>
      {end('to', '结束日期（至今）')}
    </View>
  )
}
