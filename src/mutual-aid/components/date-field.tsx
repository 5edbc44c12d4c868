import { View, Text, Picker } from '@tarojs/components'
import FieldError from '../../components/field-error'

type Props = {
  label: string
  value: string
  onChange: (day: string) => void
  fields: Record<string, string>
  /** The server's field key for messages under the field. */
  name: string
  end?: string
}

/** A day chosen with the system date wheel (no typing of dates), shown as a large tappable row. */
export default function DateField({ label, value, onChange, fields, name, end }: Props) {
  return (
    <View>
      <Text className='ma__label'>{label}</Text>
      <Picker mode='date' value={value} end={end} onChange={(e) => onChange(String(e.detail.value))}>
        <View className={`ma__date ${fields[name] ? 'text-input--invalid' : ''}`} aria-label={label}>
          <Text className={value ? '' : 'muted'}>{value || '点这里选择日期'}</Text>
        </View>
      </Picker>
      <FieldError fields={fields} name={name} />
    </View>
  )
}
