import { useRef, useState } from 'react'
import { View, Text, Textarea } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { Envelope } from '../../../../types/envelope'
import FieldError from '../../../components/field-error'
import type { Confirm, ConfirmedAction } from '../../../hooks/use-confirmed-action'
import PhotoPicker from '../../../components/photo-picker'
import { usePhotoUploads } from '../../../hooks/use-photo-uploads'
import { newRequestId } from '../../report-form'

type Props = {
  label: string
  placeholder: string
  max: number
  /** The server's field name for the text, whose message is shown under the box. */
  field: string
  confirm: Confirm | null
  submitText: string
  done: string
  action: ConfirmedAction
  /**
   * `attachments`: uploaded photo ids (always [] unless `photoNote` turns the picker on). `requestId` is one per
   * message: sending the same text and photos again (after a network failure) repeats it, so the server answers
   * with the first instead of writing a second.
   */
  send: (text: string, attachments: string[], requestId: string) => Promise<Envelope<unknown>>
  onDone: (ok: boolean) => void
  /** Shows the photo picker, with who will see the photos. */
  photoNote?: string
  /** Runs first, synchronously inside the tap (before any dialog): WeChat shows subscribe prompts only there. */
  onTap?: () => void
}

/** One text box and a send button (and photos, for replies): a reply, a request for information, a reason to reopen. */
export default function TextActionForm({ label, placeholder, max, field, confirm, submitText, done, action, send, onDone, photoNote, onTap }: Props) {
  const [text, setText] = useState('')
  const [waitNotice, setWaitNotice] = useState<string | null>(null)
  const photos = usePhotoUploads()
  const request = useRef<{ content: string; id: string } | null>(null)
  const submit = async () => {
    onTap?.()
    if (photoNote && photos.problem) return setWaitNotice(photos.problem)
    setWaitNotice(null)
    const sentKeys = photos.sentKeys
    const attachments = photoNote ? photos.fileIds : []
    const content = JSON.stringify([text, attachments])
    if (request.current?.content !== content) request.current = { content, id: newRequestId() }
    const requestId = request.current.id
    const ok = await action.run(confirm, async () => {
      const res = await send(text, attachments, requestId)
      if (!res.ok) photos.reject(res.error.fields ?? {}, sentKeys)
      return res
    }, done)
    if (ok) {
      setText('')
      photos.clear()
      request.current = null
    }
    onDone(ok)
  }
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
      {photoNote ? <PhotoPicker photos={photos} note={photoNote} error={(photos.problem ? waitNotice : null) ?? action.fields.attachments} /> : null}
      <Button type='primary' block loading={action.busy} onClick={() => void submit()}>
        {submitText}
      </Button>
    </View>
  )
}
