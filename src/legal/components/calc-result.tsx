import { View, Text } from '@tarojs/components'
import { yuanLabel } from '../../../types/legal/money'
import type { CalcResult } from '../../../types/legal/calculators'
import './calc-result.scss'

/** A calculator's answer: the total, each formula line with its legal basis, and what the calculation leaves out. */
export default function CalcResultView({ title, result }: { title: string; result: CalcResult }) {
  return (
    <View className='section calc'>
      <Text className='section-title'>{title}</Text>
      <Text className='calc__total'>{yuanLabel(result.amount)}</Text>
      {result.lines.map((l, i) => (
        <View key={i} className='calc__line'>
          <View className='calc__head'>
            <Text className='calc__label'>{l.label}</Text>
            {l.amount === null ? null : <Text className='calc__amount'>{yuanLabel(l.amount)}</Text>}
          </View>
          <Text className='calc__basis'>依据：{l.basis}</Text>
        </View>
      ))}
      {result.warnings.map((w) => <Text key={w} className='legal__warn calc__warning'>注意：{w}</Text>)}
      <Text className='muted'>计算结果仅供参考，实际金额以仲裁委或法院认定为准；拿不准可以问工会律师。</Text>
    </View>
  )
}
