import { useState } from 'react'
import { View, Text, Textarea } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { DOCUMENT_SLOT_LABELS, REQUIRED_SLOTS } from '../../../../types/mutual-aid-labels'
import ErrorNotice from '../../../components/error-notice'
import { useConfirmedAction } from '../../../hooks/use-confirmed-action'
import { mutualAidApi, type ClaimView } from '../../../services/mutual-aid'
import SlotPhotos from '../../components/slot-photos'
import { useClaimPhotos } from '../../hooks/use-claim-photos'

/** Returned to the member: what the union asked for, the photos to add, a note, and 重新提交 (the clock restarts). */
export default function ResubmitForm({ view, reload }: { view: ClaimView; reload: () => Promise<void> }) {
  const photos = useClaimPhotos()
  const [note, setNote] = useState('')
  const action = useConfirmedAction(reload)
  const send = async () => {
    if (photos.problem) return action.setFields({ attachments: photos.problem })
    const missing = REQUIRED_SLOTS[view.benefit].filter((s) => !photos.filled.includes(s))
    if (missing.length) return action.setFields(Object.fromEntries(missing.map((s) => [`slot.${s}`, `请上传${DOCUMENT_SLOT_LABELS[s]}的照片`])))
    const ok = await action.run({ title: '重新提交？', content: '这次上传的照片会替换原来的照片，工会将重新审核。' },
      () => mutualAidApi.resubmit(view.id, photos.attachments, note.trim() || undefined), '已重新提交')
    if (ok) photos.clear()
  }
  return (
    <View className='section ma__fix'>
      <Text className='section-title'>需要补正</Text>
      <Text className='ma__refusal-todo'>{view.returnNote ?? '请按工会的要求补充材料。'}</Text>
      <Text className='ma__hint'>请重新上传全部材料照片（会替换原来的照片）。</Text>
      <SlotPhotos photos={photos} benefit={view.benefit} fields={action.fields} />
      <Text className='ma__label'>说明（可以不填）</Text>
      <Textarea className='ma__textarea' value={note} maxlength={500} aria-label='补正说明' onInput={(e) => setNote(e.detail.value)} />
      {action.error ? <ErrorNotice error={action.error} /> : null}
      <Button type='primary' block loading={action.busy} onClick={() => void send()}>重新提交</Button>
    </View>
  )
}
