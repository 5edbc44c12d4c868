import { useState } from 'react'
import { View, Text, Textarea } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { REJECT_REASONS, REJECT_REASON_LABELS, type RejectReason } from '../../../../types/membership-labels'
import type { ApplicationView } from '../../../../types/membership-views'
import ErrorNotice from '../../../components/error-notice'
import FieldError from '../../../components/field-error'
import { useConfirmedAction } from '../../../hooks/use-confirmed-action'
import { membershipOfficerApi } from '../../../services/membership-officer'

type Props = { view: ApplicationView; reload: () => Promise<void> }

/** 通过 (issues the member number) or 不通过 with a reason and an explanation the worker reads; both confirmed first. */
export default function DecisionPanel({ view, reload }: Props) {
  const action = useConfirmedAction(reload)
  const [rejecting, setRejecting] = useState(false)
  const [reason, setReason] = useState<RejectReason | null>(null)
  const [note, setNote] = useState('')
  const transfer = view.kind === 'transfer'

  const approve = () =>
    void action.run(
      { title: transfer ? '同意会籍转接？' : '批准入会？', content: transfer ? '会籍转入本会，原工会会收到通知。审核后不能撤回。' : '批准后发放会员号，申请人会收到通知。审核后不能撤回。' },
      () => membershipOfficerApi.approve(view.id), '已通过',
    )
  const reject = () => {
    const missing = { ...(reason ? {} : { reason: '请选择不通过的原因' }), ...(note.trim() ? {} : { note: '请填写说明，申请人会看到' }) }
    if (Object.keys(missing).length) return action.setFields(missing)
    void action.run(
      { title: '确认不通过？', content: `原因：${REJECT_REASON_LABELS[reason as RejectReason]}。申请人会看到原因和说明，可以重新申请。` },
      () => membershipOfficerApi.reject({ id: view.id, reason: reason as RejectReason, note: note.trim() }), '已处理',
    )
  }

  return (
    <View className='section review__panel'>
      <Text className='section-title'>审核</Text>
      <Button type='primary' size='large' block loading={action.busy && !rejecting} onClick={approve}>
        {transfer ? '同意转入' : '通过，发放会员号'}
      </Button>
      {!rejecting ? (
        <View className='review__secondary'>
          <Button size='large' block onClick={() => setRejecting(true)}>不通过…</Button>
        </View>
      ) : (
        <View className='review__form'>
          <Text className='review__label'>不通过的原因</Text>
          {REJECT_REASONS.map((r) => (
            <View key={r} className={`review__choice ${r === reason ? 'review__choice--on' : ''}`} role='radio' aria-checked={r === reason} onClick={() => setReason(r)}>
              {r === reason ? '● ' : '○ '}{REJECT_REASON_LABELS[r]}
            </View>
          ))}
          <FieldError fields={action.fields} name='reason' />
          <Text className='review__label'>说明（申请人能看到）</Text>
          <Textarea className={`review__textarea ${action.fields.note ? 'text-input--invalid' : ''}`} value={note} maxlength={300}
            placeholder='例如：单位不在本会受理范围，请选择所在镇总工会重新申请' aria-label='说明' onInput={(e) => setNote(e.detail.value)}
          />
          <FieldError fields={action.fields} name='note' />
          <Button type='primary' block loading={action.busy} onClick={reject}>确认不通过</Button>
        </View>
      )}
      {action.error ? <ErrorNotice error={action.error} /> : null}
    </View>
  )
}
