import { useState } from 'react'
import { View, Text, Input } from '@tarojs/components'
import FieldError from '../../../components/field-error'
import PhoneInput from '../../../components/phone-input'
import { GENDER_LABELS, dateLabel } from '../../components/membership-format'
import { idNumberDerived, idNumberHint, type ApplyForm } from './apply-form'

type Props = { form: ApplyForm; update: (patch: Partial<ApplyForm>) => void; fields: Record<string, string> }

/** 姓名、身份证号、手机号. The ID number is checked as it is typed; gender and birth date are read from it, not asked. */
export default function PersonSection({ form, update, fields }: Props) {
  const [leftId, setLeftId] = useState(false)
  const idMessage = fields.idNumber ?? idNumberHint(form.idNumber, leftId)
  const derived = idMessage ? null : idNumberDerived(form.idNumber)
  return (
    <View className='section'>
      <Text className='section-title'>1. 您的基本信息</Text>
      <Text className='apply__label'>姓名</Text>
      <Input
        className={`text-input ${fields.name ? 'text-input--invalid' : ''}`}
        value={form.name}
        placeholder='和身份证上一致'
        aria-label='姓名'
        maxlength={50}
        onInput={(e) => update({ name: e.detail.value })}
      />
      <FieldError fields={fields} name='name' />

      <Text className='apply__label'>身份证号</Text>
      <Input
        className={`text-input ${idMessage ? 'text-input--invalid' : ''}`}
        value={form.idNumber}
        type='idcard'
        placeholder='18 位，最后一位可以是 X'
        aria-label='身份证号'
        maxlength={22}
        onInput={(e) => {
          setLeftId(false)
          update({ idNumber: e.detail.value })
        }}
        onBlur={() => setLeftId(true)}
      />
      {idMessage ? <View className='field-error' role='alert'>{idMessage}</View> : null}
      {derived ? (
        <Text className='apply__derived'>
          性别：{GENDER_LABELS[derived.gender]} · 出生日期：{dateLabel(derived.birthDate)}（从身份证号读出，不用填写）
        </Text>
      ) : null}

      <Text className='apply__label'>手机号</Text>
      <PhoneInput value={form.phone} invalid={!!fields.phone} onChange={(phone) => update({ phone })} />
      <FieldError fields={fields} name='phone' />
    </View>
  )
}
