import { View, Text } from '@tarojs/components'
import { MUTUAL_AID_ERRORS, type MutualAidErrorCode } from '../../../types/mutual-aid-labels'
import ErrorNotice from '../../components/error-notice'
import type { EnrolProgress as Progress } from '../hooks/use-enrol'
import { yuan } from '../format'

const reason = (code: string) => MUTUAL_AID_ERRORS[code as MutualAidErrorCode] ?? code

/** How far a group enrolment got, then who was enrolled (and the fee due) and who was refused, with why. */
export default function EnrolProgress({ progress, fee }: { progress: Progress; fee: number }) {
  const { phase, done, total, enrolled, refused, error } = progress
  if (phase === 'idle') return null
  const pct = total ? Math.round((done / total) * 100) : 0
  return (
    <View className='section' role='status' aria-label='登记进度'>
      {phase === 'roster' ? <Text>正在读取会员名单… 已读取 {done} 人</Text> : null}
      {phase === 'enrolling' || phase === 'done' ? (
        <View>
          <Text className='ma__progress-text'>{phase === 'done' ? '登记完成' : '正在登记'}：{done} / {total} 人</Text>
          <View className='ma__bar-track'><View className='ma__bar-fill' style={{ width: `${pct}%` }} /></View>
        </View>
      ) : null}
      {error ? <ErrorNotice error={error} /> : null}
      {phase === 'done' && enrolled.length ? (
        <Text>已登记 {enrolled.length} 人，应缴会费合计 {yuan(enrolled.length * fee)}。请通过银行转账缴给镇（街道）总工会，对方确认收款后保障生效。</Text>
      ) : null}
      {refused.length ? (
        <View className='ma__refused'>
          <Text className='ma__v'>未登记 {refused.length} 人：</Text>
          {refused.slice(0, 200).map((r) => <Text key={r.memberNo} className='ma__refused-row'>{r.memberNo}：{reason(r.code)}</Text>)}
          {refused.length > 200 ? <Text className='muted'>还有 {refused.length - 200} 人未列出</Text> : null}
        </View>
      ) : null}
    </View>
  )
}
