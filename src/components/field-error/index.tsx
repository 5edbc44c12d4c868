import { View } from '@tarojs/components'

/** The Chinese message for one field, right under it (from the local check or the server's `error.fields`). */
export default function FieldError({ fields, name }: { fields: Record<string, string>; name: string }) {
  return fields[name] ? <View className='field-error' role='alert'>{fields[name]}</View> : null
}
