import { View, Text } from '@tarojs/components'
import type { StatsRow } from '../../services/grievance'
import { METRICS, percent } from '../stats-format'
import './stats-card.scss'

/** One org's figures with a horizontal bar per rate, drawn with Views (a chart library would not fit the budget). */
export default function StatsCard({ row, rolledUp }: { row: StatsRow; rolledUp?: boolean }) {
  const { stats } = row
  return (
    <View className='stats-card'>
      <View className='stats-card__head'>
        <Text className='stats-card__org'>{row.org.name}</Text>
        <Text className='stats-card__received'>收到 {stats.received} 件{rolledUp ? '（含下属）' : ''}</Text>
      </View>
      {METRICS.map((m) => {
        const rate = m.rate(stats)
        return (
          <View key={m.key} className='stats-card__metric'>
            <View className='stats-card__line'>
              <Text className='stats-card__label'>{m.label}</Text>
              <Text className='stats-card__value'>{percent(rate)}</Text>
            </View>
            <View className='stats-bar' aria-hidden>
              {rate === null ? null : <View className='stats-bar__fill' style={{ width: `${Math.round(rate * 100)}%` }} />}
            </View>
            <Text className='muted stats-card__count'>{m.count(stats)}</Text>
          </View>
        )
      })}
    </View>
  )
}
