import { View, Text, Input, Textarea, Picker, Button } from '@tarojs/components'
import { monthLabel, yuanLabel } from '../../../../types/arrears-labels'
import Choice from '../../../components/choice'
import FieldError from '../../../components/field-error'
import type { Filing } from '../../../services/arrears'
import { fileableMonths, type Draft } from './use-filing'

type Props = { month: string; latest: string; onMonth: (m: string) => void; draft: Draft; edit: (p: Partial<Draft>) => void; fields: Record<string, string> }

function Field({ label, name, fields, children }: { label: string; name: string; fields: Record<string, string>; children: React.ReactNode }) {
  return (
    <View>
      <Text className='arr__label'>{label}</Text>
      {children}
      <FieldError fields={fields} name={name} />
    </View>
  )
}

/** The month's report: 无欠薪, or 有欠薪 with workers, amount (元), first month unpaid and cause; messages under each field. */
export function FilingForm({ month, latest, onMonth, draft, edit, fields }: Props) {
  const months = fileableMonths(latest)
  const sinceMonths = months.filter((m) => m <= month)
  const input = (name: keyof Draft) => ({ className: `text-input ${fields[`arrears.${name}`] ? 'text-input--invalid' : ''}`, value: String(draft[name] ?? '') })
  return (
    <View>
      <Field label='报告月份' name='month' fields={fields}>
        <Picker mode='selector' range={months.map(monthLabel)} value={Math.max(0, months.indexOf(month))} onChange={(e) => onMonth(months[Number(e.detail.value)])}>
          <View className='text-input' aria-label='报告月份'>{monthLabel(month)} ▾</View>
        </Picker>
      </Field>
      <Text className='arr__label'>本月有无拖欠工资</Text>
      <View className='arr__choices' role='radiogroup' aria-label='本月有无拖欠工资'>
        <Choice title='无欠薪' hint='本月按时足额发放工资' on={draft.owed === false} onClick={() => edit({ owed: false })} compact />
        <Choice title='有欠薪' hint='填写人数、金额、起始月份和原因，将立即生成欠薪预警诉求' on={draft.owed === true} onClick={() => edit({ owed: true, since: draft.since || month })} compact />
      </View>
      <FieldError fields={fields} name='arrears' />
      {draft.owed ? (
        <View>
          <Field label='欠薪人数' name='arrears.workers' fields={fields}>
            <Input {...input('workers')} type='number' aria-label='欠薪人数' placeholder='欠薪职工人数' onInput={(e) => edit({ workers: e.detail.value })} />
          </Field>
          <Field label='欠薪金额（元）' name='arrears.amount' fields={fields}>
            <Input {...input('amount')} type='digit' aria-label='欠薪金额（元）' placeholder='欠薪金额（元）' onInput={(e) => edit({ amount: e.detail.value })} />
          </Field>
          <Field label='欠薪起始月份' name='arrears.since' fields={fields}>
            <Picker mode='selector' range={sinceMonths.map(monthLabel)} value={Math.max(0, sinceMonths.indexOf(draft.since))} onChange={(e) => edit({ since: sinceMonths[Number(e.detail.value)] })}>
              <View className={input('since').className} aria-label='欠薪起始月份'>{draft.since ? monthLabel(draft.since) : '请选择'} ▾</View>
            </Picker>
          </Field>
          <Field label='欠薪原因' name='arrears.cause' fields={fields}>
            <Textarea {...input('cause')} maxlength={200} aria-label='欠薪原因' placeholder='如：订单减少，资金周转困难' onInput={(e) => edit({ cause: e.detail.value })} />
          </Field>
        </View>
      ) : null}
    </View>
  )
}

/** What will be sent, read back before sending. */
export function ConfirmCard({ filing, name, sending, onSend, onBack }: { filing: Filing; name: string; sending: boolean; onSend: () => void; onBack: () => void }) {
  const a = filing.arrears
  return (
    <View className='arr__confirm' role='dialog' aria-label='确认报送'>
      <Text className='arr__label'>请确认：{name} {monthLabel(filing.month)}</Text>
      {a ? (
        <Text>有欠薪：{a.workers} 人，共 {yuanLabel(a.amount)} 元，自{monthLabel(a.since)}起。原因：{a.cause}。报送后将立即生成欠薪预警诉求。</Text>
      ) : <Text>无欠薪：本月工资已按时足额发放。</Text>}
      <View className='arr__actions'>
        <Button type='primary' {...(sending ? { disabled: true } : {})} onClick={onSend}>{sending ? '正在报送…' : '确认报送'}</Button>
        <Button className='arr__btn' onClick={onBack} {...(sending ? { disabled: true } : {})}>返回修改</Button>
      </View>
    </View>
  )
}
