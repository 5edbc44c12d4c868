import { View, Text } from '@tarojs/components'
import type { OrgStats, StatsRow } from '../../services/grievance'
import { METRICS, percent, type Metric } from '../stats-format'
import './stats-card.scss'

/**
 * Cases lost upward for not being accepted in time, counted at the union that missed: without it a union that
 * lets every case run out would show nothing held and no failures.
 */
const ESCALATED_AWAY: Metric = {
  key: 'escalatedAway',
  label: '超时未受理被升级',
  count: (s: OrgStats) => `${s.escalatedAway} 件`,
  rate: (s: OrgStats) => s.escalatedAwayRate,
}

/** One org's figures with a horizontal bar per rate, drawn with Views (a chart library would not fit the budget). */
export default function StatsCard({ row, rolledUp }: { row: StatsRow; rolledUp?: boolean }) {
  const { stats } = row
  return (
    <View className='stats-card'>
      <View className='stats-card__head'>
        <Text className='stats-card__org'>{row.org.name}</Text>
        <Text className='stats-card__received'>收到 {stats.received} 件{rolledUp ? '（含下属）' : ''}</Text>
        <Text className='stats-card__supervised'>督办（超时未办结）{stats.supervised} 件</Text>
      </View>
      {[...METRICS, ESCALATED_AWAY].map((m) => (
        <MetricRow key={m.key} metric={m} stats={stats} />
      ))}
    </View>
  )
}

function MetricRow({ metric, stats }: { metric: Metric; stats: OrgStats }) {
  const rate = metric.rate(stats)
  return (
    <View className={`stats-card__metric stats-card__metric--${metric.key}`}>
      <View className='stats-card__line'>
        <Text className='stats-card__label'>{metric.label}</Text>
        <Text className='stats-card__value'>{percent(rate)}</Text>
      </View>
      <View className='stats-bar' aria-hidden>
        {rate === null ? null : <View className='stats-bar__fill' style={{ width: `${Math.round(rate * 100)}%` }} />}
      </View>
      <Text className='muted stats-card__count'>{metric.count(stats)}</Text>
    </View>
  )
}
