import { View, Text, Input } from '@tarojs/components'
import { PRIVACY_EXPLANATIONS, PRIVACY_LABELS, PRIVACY_MODES } from '../../../../types/grievance-labels'
import Choice from '../../../components/choice'
import FieldError from '../../../components/field-error'
import PhoneInput from '../../../components/phone-input'
import { needsContact, type ReportForm } from '../../report-form'

type Props = { form: ReportForm; update: (patch: Partial<ReportForm>) => void; fields: Record<string, string>; title: string }

/** 隐私方式: each choice says exactly who will see the worker's name; name and phone only when needed. */
export default function PrivacySection({ form, update, fields, title }: Props) {
  return (
    <View className='section'>
      <Text className='section-title'>{title}</Text>
      {PRIVACY_MODES.map((mode) => (
        <Choice key={mode} title={PRIVACY_LABELS[mode]} hint={PRIVACY_EXPLANATIONS[mode]} on={form.privacy === mode} onClick={() => update({ privacy: mode })} />
      ))}
      <FieldError fields={fields} name='privacy' />

      {needsContact(form) ? (
        <View>
          <Text className='report__label'>您的姓名</Text>
          <Input
            className={`text-input ${fields['contact.name'] ? 'text-input--invalid' : ''}`}
            value={form.name}
            placeholder='请填写姓名'
            aria-label='姓名'
            maxlength={50}
            onInput={(e) => update({ name: e.detail.value })}
          />
          <FieldError fields={fields} name='contact.name' />
          <Text className='report__label'>手机号</Text>
          <PhoneInput value={form.phone} invalid={!!fields['contact.phone']} onChange={(phone) => update({ phone })} />
          <FieldError fields={fields} name='contact.phone' />
        </View>
      ) : null}
      <FieldError fields={fields} name='contact' />
    </View>
  )
}
