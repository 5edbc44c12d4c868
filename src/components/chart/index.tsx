import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import './index.scss'

export type ChartPoint = { label: string; value: number | null }

type Props = {
  title: string
  points: ChartPoint[]
  /** How a value is written on its bar and in the table (e.g. `85%`, `1,200`). */
  format?: (value: number) => string
  /** Fixed top of the scale (100 for rates); default: the largest value. */
  max?: number
}

const plain = (v: number) => String(v)

/**
 * A bar chart from plain Views: the same markup on weapp and H5, a few KB, no canvas. Every bar carries its value
 * as text (readable without judging heights), a value that is missing (too few cases for a rate) shows "—", and
 * 数据表 swaps the bars for a table a screen reader reads row by row (docs/decisions/0019-charts.md).
 */
export default function BarChart({ title, points, format = plain, max }: Props) {
  const [table, setTable] = useState(false)
  const top = max ?? Math.max(1, ...points.map((p) => p.value ?? 0))
  const text = (p: ChartPoint) => (p.value === null ? '—' : format(p.value))
  return (
    <View className='chart' role='figure' aria-label={`${title}：${points.map((p) => `${p.label} ${text(p)}`).join('，')}`}>
      <View className='chart__head'>
        <Text className='chart__title'>{title}</Text>
        <View className='chart__toggle' role='button' aria-pressed={table} onClick={() => setTable(!table)}>
          {table ? '图表' : '数据表'}
        </View>
      </View>
      {table ? (
        <View className='chart__table' role='table'>
          {points.map((p) => (
            <View key={p.label} className='chart__row' role='row'>
              <View role='cell'>{p.label}</View>
              <View role='cell' className='chart__cell-value'>{text(p)}</View>
            </View>
          ))}
        </View>
      ) : (
        <View className='chart__plot' aria-hidden>
          {points.map((p) => (
            <View key={p.label} className='chart__col'>
              <Text className='chart__value'>{text(p)}</Text>
              <View className='chart__track'>
                <View className='chart__bar' style={{ height: `${Math.round(((p.value ?? 0) / top) * 100)}%` }} />
              </View>
              <Text className='chart__label'>{p.label}</Text>
            </View>
          ))}
        </View>
      )}
    </View>
  )
}
