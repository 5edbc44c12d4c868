import { View, Text, Input } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import Choice from '../../../components/choice'
import FieldError from '../../../components/field-error'
import type { ReportForm } from '../../report-form'

type Props = { form: ReportForm; update: (patch: Partial<ReportForm>) => void; fields: Record<string, string>; joining: boolean }

/** 紧急 (danger to life or health) and 受影响人数 (default 1). A joiner only says how many they report for. */
export default function CountSection({ form, update, fields, joining }: Props) {
  const count = Number(form.affectedCount) || 0
  return (
    <View className='section'>
      <Text className='section-title'>{joining ? '您这边有多少人受影响？' : '3. 情况紧急吗？有多少人受影响？'}</Text>
      {joining ? null : (
        <View>
          <Choice title='不紧急' on={!form.urgent} onClick={() => update({ urgent: false })} />
          <Choice title='紧急' hint='有生命或健康危险，需要马上处理' on={form.urgent} onClick={() => update({ urgent: true })} />
        </View>
      )}
      <Text className='report__label'>受影响人数（包括您自己）</Text>
      <View className='report__stepper'>
        <Button onClick={() => update({ affectedCount: String(Math.max(1, count - 1)) })}>－</Button>
        <Input
          className={`text-input report__count ${fields.affectedCount ? 'text-input--invalid' : ''}`}
          type='number'
          value={form.affectedCount}
          aria-label='受影响人数'
          onInput={(e) => update({ affectedCount: e.detail.value })}
        />
        <Button onClick={() => update({ affectedCount: String(count + 1) })}>＋</Button>
      </View>
      <FieldError fields={fields} name='affectedCount' />
    </View>
  )
}
