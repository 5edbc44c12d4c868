import { View, Text, Input } from '@tarojs/components'
import type { ConsultPrivacy } from '../../../../types/legal-labels'
import Choice from '../../../components/choice'
import FieldError from '../../../components/field-error'
import PhoneInput from '../../../components/phone-input'
import type { AskForm } from '../../ask-form'

type Props = { form: AskForm; update: (patch: Partial<AskForm>) => void; fields: Record<string, string> }

/** Exactly who will know who asked, in plain words. */
export const PRIVACY: [ConsultPrivacy, string, string][] = [
  ['named', '实名', '律师能看到您留下的姓名和电话（也可以不留），需要时可以打电话给您。答复在“我的咨询”里查看。'],
  ['anonymous', '匿名', '律师和工会都看不到您是谁，也没法联系您。提交后您会拿到一个 16 位回执码：凭它查看答复、继续追问，换了微信号也能查。'],
]

export default function PrivacySection({ form, update, fields }: Props) {
  const input = (key: 'name', label: string, props: { maxlength: number }) => (
    <View>
      <Text className='legal__label'>{label}</Text>
      <Input className={`text-input ${fields[`contact.${key}`] ? 'text-input--invalid' : ''}`} value={form[key]} placeholder={label}
        aria-label={label} {...props} onInput={(e) => update({ [key]: e.detail.value })}
      />
      <FieldError fields={fields} name={`contact.${key}`} />
    </View>
  )
  return (
    <View className='section'>
      <Text className='section-title'>4. 实名还是匿名？</Text>
      {PRIVACY.map(([mode, title, hint]) => (
        <Choice key={mode} title={title} hint={hint} on={form.privacy === mode} onClick={() => update({ privacy: mode })} />
      ))}
      <FieldError fields={fields} name='privacy' />
      {form.privacy === 'named' ? (
        <View>
          {input('name', '姓名（可以不填）', { maxlength: 50 })}
          <View>
            <Text className='legal__label'>手机号（可以不填）</Text>
            <PhoneInput value={form.phone} onChange={(phone) => update({ phone })} invalid={Boolean(fields['contact.phone'])} label='手机号（可以不填）' />
            <FieldError fields={fields} name='contact.phone' />
          </View>
          <Text className='muted'>只有解答的律师和工会能看到您的姓名和电话。</Text>
        </View>
      ) : null}
      <FieldError fields={fields} name='contact' />
    </View>
  )
}
