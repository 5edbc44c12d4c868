import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { RevealField } from '../../../../types/membership'
import type { ErrorBody } from '../../../../types/envelope'
import type { ApplicationView } from '../../../../types/membership-views'
import ErrorNotice from '../../../components/error-notice'
import { GENDER_LABELS } from '../../components/membership-format'
import { workplaceText } from '../../components/workplace-text'
import { membershipOfficerApi } from '../../../services/membership-officer'

const FIELD_NAMES: Record<RevealField, string> = { idNumber: '身份证号', phone: '手机号' }

/** The applicant with the ID number and phone masked; the full value is one more, audited, request per field. */
export default function ApplicantSection({ view }: { view: ApplicationView }) {
  const [full, setFull] = useState<Partial<Record<RevealField, string>>>({})
  const [error, setError] = useState<ErrorBody | null>(null)
  const reveal = async (field: RevealField) => {
    const answer = await Taro.showModal({
      title: `查看完整${FIELD_NAMES[field]}？`,
      content: '查看将被记录（谁、何时、查看了哪一项）。只在核对身份或联系申请人时查看。',
      confirmText: '查看',
      cancelText: '取消',
    })
    if (!answer.confirm) return
    const res = await membershipOfficerApi.revealId({ applicationId: view.id }, field)
    if (!res.ok) return setError(res.error)
    setError(null)
    setFull((f) => ({ ...f, [field]: res.data.value }))
  }
  const { applicant: a, workplace: w } = view
  const numberRow = (field: RevealField, masked: string) => (
    <View className='review__row'>
      <Text className='review__key'>{FIELD_NAMES[field]}</Text>
      <View className='review__value'>
        <Text className='review__number'>{full[field] ?? masked}</Text>
        {full[field] ? null : <View className='link' role='button' onClick={() => void reveal(field)}>查看完整号码</View>}
      </View>
    </View>
  )
  return (
    <View className='section'>
      <Text className='section-title'>申请人</Text>
      <View className='review__row'>
        <Text className='review__key'>姓名</Text>
        <Text className='review__value review__name'>{a.name}</Text>
      </View>
      <View className='review__row'>
        <Text className='review__key'>性别 / 年龄</Text>
        <Text className='review__value'>{GENDER_LABELS[a.gender]} · {a.age} 岁</Text>
      </View>
      {numberRow('idNumber', a.idMasked)}
      {numberRow('phone', a.phoneMasked)}
      <View className='review__row'>
        <Text className='review__key'>工作单位</Text>
        <Text className='review__value'>{workplaceText(w)}</Text>
      </View>
      {w.employerBlind ? (
        <Text className='review__flag'>申请人选择了“入会不惊动单位”：审核和联系时不要通过单位或单位工会。</Text>
      ) : null}
      {error ? <ErrorNotice error={error} /> : null}
    </View>
  )
}
