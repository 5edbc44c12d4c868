import { useState } from 'react'
import { View, Text, Textarea } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { AID_HELP, AID_HELP_LABELS, AID_REFUSE_LABELS, AID_REFUSE_REASONS, type AidHelp, type AidRefuseReason } from '../../../../types/legal-labels'
import Choice from '../../../components/choice'
import ErrorNotice from '../../../components/error-notice'
import FieldError from '../../../components/field-error'
import { useConfirmedAction } from '../../../hooks/use-confirmed-action'
import { legalAidApi, type AidOfficerView } from '../../../services/legal'

type Decision = 'grant' | 'refuse'

/** 作出决定: grant (a lawyer of the receiving org, the form of aid) or refuse (a reason and a note); asks before sending. */
export default function DecideForm({ view, reload }: { view: AidOfficerView; reload: () => Promise<void> }) {
  const action = useConfirmedAction(reload)
  const lawyers = view.lawyers
  const [decision, setDecision] = useState<Decision | null>(null)
  const [lawyer, setLawyer] = useState<string | null>(null)
  const [form, setForm] = useState<AidHelp[]>(view.help)
  const [reason, setReason] = useState<AidRefuseReason | null>(null)
  const [note, setNote] = useState('')
  const set = <T,>(setter: (v: T) => void, key: string) => (v: T) => {
    setter(v)
    if (action.fields[key]) action.setFields({ ...action.fields, [key]: '' })
  }
  const submit = async () => {
    const problems: Record<string, string> = {}
    if (!decision) problems.decision = '请选择同意援助或不予援助'
    if (decision === 'grant' && !lawyer) problems.lawyerOpenid = '同意援助时请指定承办律师'
    if (decision === 'grant' && form.length === 0) problems.form = '请至少选择一种援助形式'
    if (decision === 'refuse' && !reason) problems.reasonCode = '不予援助时请选择理由'
    if (!note.trim()) problems.note = '请填写说明'
    if (Object.keys(problems).length) return action.setFields(problems)
    const name = lawyers?.find((l) => l.openid === lawyer)?.name ?? ''
    const confirm = decision === 'grant'
      ? { title: '同意援助？', content: `由 ${name} 律师承办。决定后不能更改，申请人会收到通知。` }
      : { title: '不予援助？', content: `理由：${AID_REFUSE_LABELS[reason!]}。决定后不能更改，申请人会收到决定和其他求助途径。` }
    await action.run(confirm, () => legalAidApi.decide(decision === 'grant'
      ? { id: view.id, decision: 'grant', lawyerOpenid: lawyer!, form, note: note.trim() }
      : { id: view.id, decision: 'refuse', reasonCode: reason!, note: note.trim() }), '已作出决定')
  }
  return (
    <View className='section'>
      <Text className='section-title'>作出决定</Text>
      <View className='legal__row'>
        <Choice compact title='同意援助' on={decision === 'grant'} onClick={() => set(setDecision, 'decision')('grant')} />
        <Choice compact title='不予援助' on={decision === 'refuse'} onClick={() => set(setDecision, 'decision')('refuse')} />
      </View>
      <FieldError fields={action.fields} name='decision' />
      {decision === 'grant' ? (
        <View>
          <Text className='legal__label'>承办律师</Text>
          {lawyers && lawyers.length === 0 ? <Text className='muted'>本组织还没有律师，请先邀请律师加入。</Text> : null}
          <View className='legal__row'>
            {(lawyers ?? []).map((l) => <Choice key={l.openid} compact title={l.name} on={lawyer === l.openid} onClick={() => set(setLawyer, 'lawyerOpenid')(l.openid)} />)}
          </View>
          <FieldError fields={action.fields} name='lawyerOpenid' />
          <Text className='legal__label'>援助形式（默认是申请人要的帮助）</Text>
          <View className='legal__row'>
            {AID_HELP.map((h) => (
              <Choice key={h} compact title={AID_HELP_LABELS[h]} on={form.includes(h)}
                onClick={() => set(setForm, 'form')(form.includes(h) ? form.filter((x) => x !== h) : AID_HELP.filter((x) => x === h || form.includes(x)))}
              />
            ))}
          </View>
          <FieldError fields={action.fields} name='form' />
        </View>
      ) : null}
      {decision === 'refuse' ? (
        <View>
          <Text className='legal__label'>不予援助的理由</Text>
          {AID_REFUSE_REASONS.map((r) => <Choice key={r} title={AID_REFUSE_LABELS[r]} on={reason === r} onClick={() => set(setReason, 'reasonCode')(r)} />)}
          <FieldError fields={action.fields} name='reasonCode' />
        </View>
      ) : null}
      <Text className='legal__label'>说明（申请人能看到）</Text>
      <Textarea className={`legal__textarea ${action.fields.note ? 'text-input--invalid' : ''}`} value={note} maxlength={1000} aria-label='决定说明'
        placeholder={decision === 'refuse' ? '用职工能看懂的话说明原因' : '承办律师会在几天内联系申请人'} onInput={(e) => set(setNote, 'note')(e.detail.value)}
      />
      <FieldError fields={action.fields} name='note' />
      {action.error ? <ErrorNotice error={action.error} /> : null}
      <Button type='primary' size='large' block loading={action.busy} onClick={() => void submit()}>提交决定</Button>
    </View>
  )
}
