import { useState } from 'react'
import { View, Text, Textarea } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import Choice from '../../../components/choice'
import ErrorNotice from '../../../components/error-notice'
import FieldError from '../../../components/field-error'
import { useConfirmedAction } from '../../../hooks/use-confirmed-action'
import { mutualAidApi, type ClaimView } from '../../../services/mutual-aid'

type Decision = 'documents_ok' | 'return'

/** 材料审核 by the member's union: complete (on to the federation), or back to the member with what to fix. */
export default function ReviewForm({ view, reload }: { view: ClaimView; reload: () => Promise<void> }) {
  const action = useConfirmedAction(reload)
  const [decision, setDecision] = useState<Decision | null>(null)
  const [note, setNote] = useState('')
  const submit = async () => {
    if (!decision) return action.setFields({ decision: '请选择材料齐全或退回补正' })
    if (decision === 'return' && !note.trim()) return action.setFields({ note: '退回补正时请说明需要补什么' })
    const confirm = decision === 'documents_ok'
      ? { title: '材料齐全？', content: '将交镇（街道）总工会审批，审批期限从现在起算 5 个工作日。' }
      : { title: '退回补正？', content: '职工会收到通知，按您写的说明补充材料后重新提交。' }
    await action.run(confirm, () => mutualAidApi.review(view.id, decision, note.trim() || undefined), decision === 'documents_ok' ? '已审核' : '已退回')
  }
  return (
    <View className='section'>
      <Text className='section-title'>材料审核</Text>
      <Text className='ma__hint'>核对发票、医保结算单、出院小结与填写的金额、日期是否一致。</Text>
      <View className='ma__row'>
        <Choice compact title='材料齐全' on={decision === 'documents_ok'} onClick={() => setDecision('documents_ok')} />
        <Choice compact title='退回补正' on={decision === 'return'} onClick={() => setDecision('return')} />
      </View>
      <FieldError fields={action.fields} name='decision' />
      {decision === 'return' ? (
        <View>
          <Textarea className='ma__textarea' value={note} maxlength={500} aria-label='需要补正的内容' placeholder='如：出院小结照片看不清，请重新拍' onInput={(e) => setNote(e.detail.value)} />
          <FieldError fields={action.fields} name='note' />
        </View>
      ) : null}
      {action.error ? <ErrorNotice error={action.error} /> : null}
      <Button type='primary' block loading={action.busy} onClick={() => void submit()}>提交审核结果</Button>
    </View>
  )
}
