import { useRef, useState } from 'react'
import { View, Text, Textarea } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import FieldError from '../../components/field-error'
import PhotoPicker from '../../components/photo-picker'
import type { ConfirmedAction } from '../../hooks/use-confirmed-action'
import { usePhotoUploads } from '../../hooks/use-photo-uploads'
import { legalApi, type ConsultRef } from '../../services/legal'
import { askForNews } from '../../services/subscribe'
import { newRequestId } from '../ask-form'

const MAX = 1000

/** 追问 / 补充情况: text and optional photos to the lawyer, on the same consultation. */
export default function FollowUpForm({ consult, action }: { consult: ConsultRef; action: ConfirmedAction }) {
  const [text, setText] = useState('')
  const [notice, setNotice] = useState<string | null>(null)
  const photos = usePhotoUploads()
  // One requestId per message: resending the same text and photos after a failure cannot post it twice.
  const request = useRef<{ content: string; id: string } | null>(null)
  const submit = async () => {
    void askForNews(['legal']) // inside the tap: WeChat's rule
    if (photos.problem) return setNotice(photos.problem)
    if (!text.trim()) return action.setFields({ text: '请填写补充内容' })
    setNotice(null)
    const sentKeys = photos.sentKeys
    const content = JSON.stringify([text.trim(), photos.fileIds])
    if (request.current?.content !== content) request.current = { content, id: newRequestId() }
    const requestId = request.current.id
    const ok = await action.run(null, async () => {
      const res = await legalApi.followUp(consult, text.trim(), photos.fileIds, requestId)
      if (!res.ok) photos.reject(res.error.fields ?? {}, sentKeys)
      return res
    }, '已发送')
    if (ok) {
      setText('')
      photos.clear()
      request.current = null
    }
  }
  return (
    <View className='section'>
      <Text className='section-title'>继续问 / 补充情况</Text>
      <Textarea className={`legal__textarea ${action.fields.text ? 'text-input--invalid' : ''}`} value={text} maxlength={MAX}
        placeholder='律师会在这条咨询里看到' aria-label='追问内容' onInput={(e) => setText(e.detail.value)}
      />
      <Text className='legal__counter'>{text.length}/{MAX}</Text>
      <FieldError fields={action.fields} name='text' />
      <PhotoPicker photos={photos} note='照片只有解答的律师和工会能看到。' error={(photos.problem ? notice : null) ?? action.fields.attachments} />
      <Button type='primary' size='large' block loading={action.busy} onClick={() => void submit()}>发送</Button>
    </View>
  )
}
