import { View, Text } from '@tarojs/components'
import { CLAIM_STATUSES, CLAIM_STATUS_LABELS, REJECT_LABELS, type RejectCode } from '../../../../types/mutual-aid-labels'
import type { StatsRow } from '../../../services/mutual-aid'
import { percent, yuan } from '../../format'

/** One org's year: enrolment and fees, claims by status as bars, money paid, speed, and what was returned or rejected. */
export default function StatsCard({ row: { org, stats: row } }: { row: StatsRow }) {
  const total = Math.max(1, ...CLAIM_STATUSES.map((s) => row.byStatus[s] ?? 0))
  const kv = (k: string, v: string) => <View className='ma__kv'><Text className='ma__k'>{k}</Text><Text className='ma__v'>{v}</Text></View>
  const rejected = Object.entries(row.rejectedByCode).filter(([, n]) => n)
  return (
    <View className='section ma__stats'>
      <Text className='section-title'>{org.name}</Text>
      {kv('参保人数（保障中）', `${row.enrolled} 人（${row.active} 人）`)}
      {kv('应缴 / 已确认会费', `${yuan(row.feesDue)} / ${yuan(row.feesConfirmed)}`)}
      {kv('互助申请', `${row.claims} 件`)}
      {kv('已支付互助金', yuan(row.paidTotal))}
      {kv('赔付率（已付 ÷ 会费）', row.payoutRatio === null ? '—' : percent(row.payoutRatio))}
      {kv('提交到支付（中位数）', row.medianWorkdaysToPayment === null ? '—' : `${row.medianWorkdaysToPayment} 个工作日`)}
      {kv('退回补正', `${row.returned} 次`)}
      {CLAIM_STATUSES.map((s) => (
        <View key={s} className='ma__bar-row'>
          <Text className='ma__bar-label'>{CLAIM_STATUS_LABELS[s]}</Text>
          <View className='ma__bar-track'><View className='ma__bar-fill' style={{ width: `${((row.byStatus[s] ?? 0) / total) * 100}%` }} /></View>
          <Text className='ma__bar-n'>{row.byStatus[s] ?? 0}</Text>
        </View>
      ))}
      {rejected.length ? <Text className='ma__hint'>不予互助：{rejected.map(([c, n]) => `${REJECT_LABELS[c as RejectCode] ?? c} ${n}`).join('；')}</Text> : null}
    </View>
  )
}
