import { View, Text } from '@tarojs/components'
import Choice from '../../../components/choice'
import FieldError from '../../../components/field-error'
import { VARIANTS } from '../../calc-forms'
import DateField from '../../components/date-field'
import type { LegalParameters } from '../../../services/legal'
import MoneyInput from './money-input'

export type FormProps = { values: Record<string, string>; set: (patch: Record<string, string>) => void; fields: Record<string, string> }

const WAGE_HINT = '离职或加班前 12 个月的平均应发工资（含奖金、津贴），不是到手工资'

export function OvertimeFields(p: FormProps) {
  return (
    <View className='section'>
      <MoneyInput name='monthlyWage' label='月工资' hint='加班费的计算基数：劳动合同约定的月工资' unit='元' {...p} />
      <MoneyInput name='weekdayHours' label='工作日延长工作时间' hint='平时每天 8 小时以外多干的，合计' unit='小时' {...p} />
      <MoneyInput name='restDayHours' label='休息日加班' hint='周末加班且没有补休的' unit='小时' {...p} />
      <MoneyInput name='holidayHours' label='法定节假日加班' hint='春节、国庆等法定假日当天加班的' unit='小时' {...p} />
    </View>
  )
}

export function NoContractFields({ values, set, fields, today }: FormProps & { today: string }) {
  const d = (name: string, label: string) => <DateField label={label} value={values[name] ?? ''} end={today} onChange={(v) => set({ [name]: v })} fields={fields} name={name} />
  return (
    <View className='section'>
      <MoneyInput name='monthlyWage' label='月工资' hint='每月应发工资' unit='元' values={values} set={set} fields={fields} />
      {d('startDate', '哪天入职？')}
      <Text className='legal__label'>后来签了书面劳动合同吗？</Text>
      <View className='legal__row'>
        <Choice compact title='一直没签' on={values.signed !== 'yes'} onClick={() => set({ signed: 'no' })} />
        <Choice compact title='后来签了' on={values.signed === 'yes'} onClick={() => set({ signed: 'yes' })} />
      </View>
      {values.signed === 'yes' ? d('signedDate', '哪天签的？') : null}
      {d('asOf', '算到哪一天？（一般是离职那天或今天）')}
    </View>
  )
}

export function CompensationFields({ values, set, fields, params }: FormProps & { params: LegalParameters | null }) {
  return (
    <View className='section'>
      <MoneyInput name='monthlyWage' label='月工资' hint={WAGE_HINT} unit='元' values={values} set={set} fields={fields} />
      <MoneyInput name='localAverageMonthlyWage' label='当地上年度职工月平均工资' unit='元' values={values} set={set} fields={fields}
        hint={params ? `已按${params.year}年的数值填好${params.demo ? '（演示数据，不是官方公布的数）' : ''}，可以修改` : '可向当地人社部门查询'}
      />
      <DateField label='哪天入职？' value={values.startDate ?? ''} onChange={(v) => set({ startDate: v })} fields={fields} name='startDate' />
      <DateField label='哪天离职？' value={values.endDate ?? ''} onChange={(v) => set({ endDate: v })} fields={fields} name='endDate' />
      <Text className='legal__label'>怎么离职的？</Text>
      {VARIANTS.map(([k, title, hint]) => <Choice key={k} title={title} hint={hint} on={values.variant === k} onClick={() => set({ variant: k })} />)}
      <FieldError fields={fields} name='variant' />
    </View>
  )
}
