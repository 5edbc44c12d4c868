import { useState } from 'react'
import { View, Text, Textarea } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { Envelope } from '../../../../types/envelope'
import FieldError from '../../components/field-error'
import type { Confirm, useCaseAction } from '../../hooks/use-case-action'

type Props = {
  label: string
  placeholder: string
  max: number
  /** The server's field name for the text, whose message is shown under the box. */
  field: string
  confirm: Confirm | null
  submitText: string
  done: string
  action: ReturnType<typeof useCaseAction>
  send: (text: string) => Promise<Envelope<unknown>>
  onDone: (ok: boolean) => void
}

/** One text box and a send button: a reply, a request for information, a reason to reopen. */
export default function TextActionForm({ label, placeholder, max, field, confirm, submitText, done, action, send, onDone }: Props) {
  const [text, setText] = useState('')
  return (
    <View className='case__form'>
      <Text className='case__label'>{label}</Text>
      <Textarea
        className={`case__textarea ${action.fields[field] ? 'text-input--invalid' : ''}`}
        value={text}
        maxlength={max}
        placeholder={placeholder}
        aria-label={label}
        onInput={(e) => setText(e.detail.value)}
      />
      <Text className='case__counter'>{text.length}/{max}</Text>
      <FieldError fields={action.fields} name={field} />
      <Button type='primary' block loading={action.busy} onClick={() => void action.run(confirm, () => send(text), done).then(onDone)}>
        {submitText}
      </Button>
    </View>
  )
}
