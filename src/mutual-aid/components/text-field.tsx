import { View, Text, Input } from '@tarojs/components'
import FieldError from '../../components/field-error'

type Props = {
  label: string
  value: string
  onChange: (value: string) => void
  fields: Record<string, string>
  /** The server's field key for messages under the input. */
  name: string
  type?: 'text' | 'digit' | 'number'
  maxlength?: number
  placeholder?: string
  hint?: string
}

/** A labelled input with its Chinese message right under it. */
export default function TextField({ label, value, onChange, fields, name, type = 'text', maxlength = 60, placeholder, hint }: Props) {
  return (
    <View>
      <Text className='ma__label'>{label}</Text>
      {hint ? <Text className='ma__hint'>{hint}</Text> : null}
      <Input className={`text-input ${fields[name] ? 'text-input--invalid' : ''}`} type={type} value={value} maxlength={maxlength}
        placeholder={placeholder} aria-label={label} onInput={(e) => onChange(e.detail.value)}
      />
      <FieldError fields={fields} name={name} />
    </View>
  )
}
