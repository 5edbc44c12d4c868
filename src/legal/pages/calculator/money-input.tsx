import { View, Text, Input } from '@tarojs/components'
import FieldError from '../../../components/field-error'

type Props = {
  name: string
  label: string
  hint?: string
  unit: '元' | '小时'
  values: Record<string, string>
  set: (patch: Record<string, string>) => void
  fields: Record<string, string>
}

/** A number with its unit: a large digit keypad input, the hint under the label, its message under the box. */
export default function MoneyInput({ name, label, hint, unit, values, set, fields }: Props) {
  return (
    <View className='legal__field'>
      <Text className='legal__label'>{label}（{unit}）</Text>
      {hint ? <Text className='calcpage__hint'>{hint}</Text> : null}
      <Input className={`text-input ${fields[name] ? 'text-input--invalid' : ''}`} type='digit' value={values[name] ?? ''} maxlength={12}
        placeholder={unit === '元' ? '例如 5000' : '没有就填 0'} aria-label={label} onInput={(e) => set({ [name]: e.detail.value })}
      />
      <FieldError fields={fields} name={name} />
    </View>
  )
}
