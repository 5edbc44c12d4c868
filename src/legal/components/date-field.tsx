import { View, Text, Picker } from '@tarojs/components'
import FieldError from '../../components/field-error'
import './date-field.scss'

type Props = {
  label: string
  value: string
  onChange: (day: string) => void
  fields: Record<string, string>
  /** The server's field key for messages under the field. */
  name: string
  placeholder?: string
  end?: string
}

/** A day chosen with the system date wheel (no typing of dates), shown as a large tappable row. */
export default function DateField({ label, value, onChange, fields, name, placeholder = '点这里选择日期', end }: Props) {
  return (
    <View className='legal__field'>
      <Text className='legal__label'>{label}</Text>
      <Picker mode='date' value={value} end={end} onChange={(e) => onChange(String(e.detail.value))}>
        <View className={`date-field ${fields[name] ? 'text-input--invalid' : ''}`} aria-label={label}>
          <Text className={value ? '' : 'date-field__empty'}>{value || placeholder}</Text>
        </View>
      </Picker>
      <FieldError fields={fields} name={name} />
    </View>
  )
}
