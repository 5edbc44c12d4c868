import { useState } from 'react'
import { View, Text, Textarea } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { Envelope } from '../../../types/envelope'
import FieldError from '../../components/field-error'
import type { ConfirmedAction, Confirm } from '../../hooks/use-confirmed-action'

type Props = {
  title: string
  /** The server's field key (its messages show under the box). */
  name: string
  label: string
  placeholder: string
  min?: number
  max: number
  /** Message when shorter than `min` (the server's wording). */
  short?: string
  submit: string
  done: string
  confirm?: Confirm
  action: ConfirmedAction
  send: (text: string) => Promise<Envelope<unknown>>
}

/** One text to send (an answer, a follow-up, a request for material), checked for length before it goes. */
export default function DeskTextForm({ title, name, label, placeholder, min = 1, max, short, submit, done, confirm, action, send }: Props) {
  const [text, setText] = useState('')
  const length = text.trim().length
  const go = async () => {
    if (length < min) return action.setFields({ [name]: short ?? `请填写${label}` })
    if (await action.run(confirm ?? null, () => send(text.trim()), done)) setText('')
  }
  return (
    <View className='section'>
      <Text className='section-title'>{title}</Text>
      <Textarea className={`legal__textarea ${action.fields[name] ? 'text-input--invalid' : ''}`} value={text} maxlength={max}
        placeholder={placeholder} aria-label={label} onInput={(e) => {
          setText(e.detail.value)
          if (action.fields[name]) action.setFields({})
        }}
      />
      <Text className={`legal__counter ${min > 1 && length < min ? 'legal__counter--short' : ''}`}>
        {min > 1 && length < min ? `还差 ${min - length} 个字 · ` : ''}{text.length}/{max}
      </Text>
      <FieldError fields={action.fields} name={name} />
      <Button type='primary' size='large' block loading={action.busy} onClick={() => void go()}>{submit}</Button>
    </View>
  )
}
