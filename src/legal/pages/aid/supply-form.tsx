import { useState } from 'react'
import { View, Text, Textarea } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import ErrorNotice from '../../../components/error-notice'
import FieldError from '../../../components/field-error'
import PhotoPicker from '../../../components/photo-picker'
import { useConfirmedAction } from '../../../hooks/use-confirmed-action'
import { usePhotoUploads } from '../../../hooks/use-photo-uploads'
import { legalAidApi } from '../../../services/legal'

/** 补充材料: what the union asked for, answered with text and photos; the review clock then runs again. */
export default function SupplyForm({ id, reload }: { id: string; reload: () => Promise<void> }) {
  const action = useConfirmedAction(reload)
  const [text, setText] = useState('')
  const photos = usePhotoUploads()
  const submit = async () => {
    if (photos.problem) return action.setFields({ attachments: photos.problem })
    if (!text.trim()) return action.setFields({ text: '请填写补充说明' })
    const sentKeys = photos.sentKeys
    const ok = await action.run(null, async () => {
      const res = await legalAidApi.supply(id, text.trim(), photos.fileIds)
      if (!res.ok) photos.reject(res.error.fields ?? {}, sentKeys)
      return res
    }, '已补充')
    if (ok) {
      setText('')
      photos.clear()
    }
  }
  return (
    <View className='section aid__supply'>
      <Text className='section-title'>补充材料</Text>
      <Textarea className={`legal__textarea ${action.fields.text ? 'text-input--invalid' : ''}`} value={text} maxlength={2000} aria-label='补充说明'
        placeholder='按上面的要求写清楚，可以附照片' onInput={(e) => {
          setText(e.detail.value)
          if (action.fields.text) action.setFields({})
        }}
      />
      <FieldError fields={action.fields} name='text' />
      <PhotoPicker photos={photos} error={action.fields.attachments} note='只有审查的工会能看到这些照片。' />
      {action.error ? <ErrorNotice error={action.error} /> : null}
      <Button type='primary' size='large' block loading={action.busy} onClick={() => void submit()}>提交补充材料</Button>
    </View>
  )
}
