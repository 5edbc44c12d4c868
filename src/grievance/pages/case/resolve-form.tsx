import { useState } from 'react'
import { View, Text, Textarea } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { OUTCOMES, OUTCOME_LABELS, type Outcome } from '../../../../types/grievance-labels'
import { grievanceApi, type OfficerCaseView } from '../../../services/grievance'
import Choice from '../../../components/choice'
import FieldError from '../../../components/field-error'
import type { ConfirmedAction } from '../../../hooks/use-confirmed-action'

type Props = { view: OfficerCaseView; action: ConfirmedAction; onDone: (ok: boolean) => void }

/** 办结 with an honest outcome and a summary the worker will read. */
export default function ResolveForm({ view, action, onDone }: Props) {
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const [summary, setSummary] = useState('')
  return (
    <View className='case__form'>
      <Text className='case__label'>办理结果</Text>
      {OUTCOMES.map((o) => (
        <Choice key={o} title={OUTCOME_LABELS[o]} on={o === outcome} onClick={() => setOutcome(o)} />
      ))}
      <FieldError fields={action.fields} name='outcome' />
      <Text className='case__label'>办理情况（职工能看到）</Text>
      <Textarea
        className={`case__textarea ${action.fields.summary ? 'text-input--invalid' : ''}`}
        value={summary}
        maxlength={1000}
        placeholder='做了什么、结果如何、职工下一步可以怎么做'
        aria-label='办理情况'
        onInput={(e) => setSummary(e.detail.value)}
      />
      <FieldError fields={action.fields} name='summary' />
      <View className='case__submit'>
        <Button type='primary' block loading={action.busy} disabled={!outcome} onClick={() => void action.run(
          { title: '确认办结？', content: `办理结果：${outcome ? OUTCOME_LABELS[outcome] : ''}。办结后职工可以确认、评价，15 天内可以重新打开。` },
          () => grievanceApi.resolve({ id: view.id, outcome: outcome as Outcome, summary }), '已办结').then(onDone)}
        >
          确认办结
        </Button>
      </View>
    </View>
  )
}
