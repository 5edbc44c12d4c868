import { View, Text } from '@tarojs/components'
import { REDUCTION_LABELS } from '../../../types/mutual-aid-labels'
import type { Payout } from '../../../types/mutual-aid/payout'
import type { PayoutView } from '../../services/mutual-aid'
import { percent, yuan } from '../format'

type Props = { payout: Payout | PayoutView; title: string; note?: string }

/**
 * The itemised computation: every line of types/mutual-aid/payout.ts as it is, the plan's numbers, the annual
 * cap before and after, and the reason for anything that reduced it. The same card shows the live estimate and
 * the decision, because they come from the same function.
 */
export default function PayoutLines({ payout, title, note }: Props) {
  const shown = new Set(payout.lines.map((l) => l.label))
  // Each reduction explained once (some are already a line of their own).
  const reasons = payout.reasons.map((r) => (typeof r === 'string' ? REDUCTION_LABELS[r] : r.label)).filter((label) => !shown.has(label))
  return (
    <View className='section ma__payout' role='status' aria-label={title}>
      <Text className='section-title'>{title}</Text>
      {payout.lines.map((line, i) => (
        <View key={i} className={`ma__line ${line.code ? 'ma__line--cut' : ''} ${i === payout.lines.length - 1 ? 'ma__line--total' : ''}`}>
          <Text className='ma__line-label'>{line.label}</Text>
          <Text className='ma__line-amount'>{yuan(line.amount)}</Text>
        </View>
      ))}
      <Text className='ma__hint'>
        {payout.benefit === 'inpatient'
          ? `起付线 ${yuan(payout.deductible)} · 互助比例 ${percent(payout.ratio)}${payout.perStayCap !== null ? ` · 每次最高 ${yuan(payout.perStayCap)}` : ''}`
          : '重大疾病一次性互助金，每个保障年度一次'}
      </Text>
      <Text className='ma__hint'>年度剩余额度：{yuan(payout.annualCapLeftBefore)} → {yuan(payout.annualCapLeftAfter)}</Text>
      {reasons.map((label) => <Text key={label} className='ma__reason'>{label}</Text>)}
      {note ? <Text className='ma__hint'>{note}</Text> : null}
    </View>
  )
}
