import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { PRIVACY_LABELS } from '../../../../types/grievance-labels'
import ErrorNotice from '../../../components/error-notice'
import type { ErrorBody } from '../../../../types/envelope'
import { grievanceApi, type OfficerReporter } from '../../../services/grievance'
import { participantRef } from '../../participants'

/**
 * Reporters exactly as the server lets this officer see them: name and masked phone, or why not. The full
 * phone is one more, audited, request.
 */
export default function ReporterCard({ caseId, reporters }: { caseId: string; reporters: OfficerReporter[] }) {
  const [phones, setPhones] = useState<Record<string, string>>({})
  const [error, setError] = useState<ErrorBody | null>(null)
  const reveal = async (reporterId: string) => {
    const answer = await Taro.showModal({ title: '查看完整手机号？', content: '每次查看都会被记录。只在需要联系报告人时查看。', confirmText: '查看', cancelText: '取消' })
    if (!answer.confirm) return
    const res = await grievanceApi.revealContact({ id: caseId, reporterId })
    if (!res.ok) return setError(res.error)
    setError(null)
    setPhones((p) => ({ ...p, [reporterId]: res.data.phone }))
  }
  return (
    <View className='section'>
      <Text className='section-title'>反映人</Text>
      {reporters.map((r) => (
        <View key={r.reporterId} className='case__reporter'>
          <Text className='case__reporter-line'>
            {participantRef(r)} · {PRIVACY_LABELS[r.privacy]} · {r.affectedCount} 人
          </Text>
          {r.visible ? (
            <View>
              <Text className='case__reporter-name'>{r.name}　{phones[r.reporterId] ?? r.phoneMasked}</Text>
              {phones[r.reporterId] ? null : <View className='link' onClick={() => void reveal(r.reporterId)}>查看完整手机号</View>}
            </View>
          ) : (
            <Text className='muted'>{r.notice}</Text>
          )}
        </View>
      ))}
      {error ? <ErrorNotice error={error} /> : null}
    </View>
  )
}
