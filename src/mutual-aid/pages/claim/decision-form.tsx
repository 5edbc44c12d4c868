import { useState } from 'react'
import { View, Text, Textarea } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { REJECT_CODES, REJECT_LABELS, type RejectCode } from '../../../../types/mutual-aid-labels'
import Choice from '../../../components/choice'
import ErrorNotice from '../../../components/error-notice'
import FieldError from '../../../components/field-error'
import { useConfirmedAction } from '../../../hooks/use-confirmed-action'
import { mutualAidApi, type ClaimView } from '../../../services/mutual-aid'
import { yuan } from '../../format'

/** 审批: approve the itemised amount (a sampled claim needs a second officer), or reject with a reason code and a note. */
export default function DecisionForm({ view, reload }: { view: ClaimView; reload: () => Promise<void> }) {
  const action = useConfirmedAction(reload)
  const [rejecting, setRejecting] = useState(false)
  const [code, setCode] = useState<RejectCode | null>(null)
  const [note, setNote] = useState('')
  const first = view.sampled && (view.approvals ?? []).length === 0
  const approve = () => action.run(
    {
      title: `批准 ${yuan(view.payout.payable)}？`,
      content: first ? '这笔申请是抽检（或金额较大）的，批准后还需要第二位干部复核，才能支付。' : '批准后交财务转账，职工会收到通知。',
    },
    () => mutualAidApi.approve(view.id), first ? '已审批，需第二位干部复核' : '已批准',
  )
  const reject = async () => {
    const problems: Record<string, string> = {}
    if (!code) problems.reasonCode = '请选择不予互助的理由'
    if (!note.trim()) problems.note = '请填写说明'
    if (Object.keys(problems).length) return action.setFields(problems)
    await action.run({ title: '不予互助？', content: `理由：${REJECT_LABELS[code!]}。职工会看到理由和说明。` },
      () => mutualAidApi.reject(view.id, code!, note.trim()), '已作出决定')
  }
  return (
    <View className='section'>
      <Text className='section-title'>审批</Text>
      <Text className='ma__hint'>金额按计划规则逐项计算（见上），与职工提交时的预估一致。</Text>
      <Button type='primary' block loading={action.busy} onClick={() => void approve()}>批准 {yuan(view.payout.payable)}</Button>
      {!rejecting ? <View className='link' role='button' onClick={() => setRejecting(true)}>不予互助…</View> : null}
      {rejecting ? (
        <View>
          <Text className='ma__label'>不予互助的理由</Text>
          {REJECT_CODES.map((c) => <Choice key={c} title={REJECT_LABELS[c]} on={code === c} onClick={() => setCode(c)} />)}
          <FieldError fields={action.fields} name='reasonCode' />
          <Textarea className='ma__textarea' value={note} maxlength={500} aria-label='不予互助的说明' placeholder='用职工能看懂的话说明原因' onInput={(e) => setNote(e.detail.value)} />
          <FieldError fields={action.fields} name='note' />
          <Button block loading={action.busy} onClick={() => void reject()}>确定不予互助</Button>
        </View>
      ) : null}
      {action.error ? <ErrorNotice error={action.error} /> : null}
    </View>
  )
}
