import { View, Text } from '@tarojs/components'
import { BENEFIT_LABELS } from '../../../../types/mutual-aid-labels'
import Choice from '../../../components/choice'
import FieldError from '../../../components/field-error'
import type { Benefit } from '../../../../types/mutual-aid/payout'
import type { ClaimForm } from '../../claim-form'
import DateField from '../../components/date-field'
import TextField from '../../components/text-field'
import { shanghaiToday } from '../../format'

type Props = { form: ClaimForm; update: (p: Partial<ClaimForm>) => void; fields: Record<string, string> }

export function BenefitSection({ form, update, fields, benefits }: Props & { benefits: Benefit[] }) {
  const kinds = benefits.map((b) => b.kind)
  return (
    <View className='section'>
      <Text className='section-title'>1. 申请哪一项互助？</Text>
      <View className='ma__row' role='radiogroup' aria-label='保障项目'>
        {kinds.map((k) => <Choice key={k} compact title={BENEFIT_LABELS[k]} on={form.benefit === k} onClick={() => update({ benefit: k })} />)}
      </View>
      <FieldError fields={fields} name='benefit' />
    </View>
  )
}

export function StaySection({ form, update, fields }: Props) {
  const today = shanghaiToday()
  return (
    <View className='section'>
      <Text className='section-title'>2. 住院信息</Text>
      <TextField label='医院名称' name='hospital' value={form.hospital} fields={fields} placeholder='如：义乌市中心医院' onChange={(hospital) => update({ hospital })} />
      <DateField label='入院日期' name='admittedAt' value={form.admittedAt} fields={fields} end={today} onChange={(admittedAt) => update({ admittedAt })} />
      <DateField label='出院日期' name='dischargedAt' value={form.dischargedAt} fields={fields} end={today} onChange={(dischargedAt) => update({ dischargedAt })} />
    </View>
  )
}

export function CostSection({ form, update, fields }: Props) {
  return (
    <View className='section'>
      <Text className='section-title'>3. 费用（照医保结算单填写）</Text>
      <TextField label='医疗总费用（元）' name='totalCost' type='digit' maxlength={12} value={form.totalCost} fields={fields} onChange={(totalCost) => update({ totalCost })} />
      <TextField label='医保统筹支付（元）' name='fundPaid' type='digit' maxlength={12} value={form.fundPaid} fields={fields} onChange={(fundPaid) => update({ fundPaid })} />
      <TextField label='政策范围内个人自付（元）' name='selfPaidInPolicy' type='digit' maxlength={12} value={form.selfPaidInPolicy} fields={fields}
        hint='结算单上“政策范围内个人自付”那一栏，互助金按它计算' onChange={(selfPaidInPolicy) => update({ selfPaidInPolicy })}
      />
    </View>
  )
}

export function InvoiceSection({ form, update, fields }: Props) {
  const list = form.invoiceNumbers
  const set = (i: number, v: string) => update({ invoiceNumbers: list.map((n, j) => (j === i ? v : n)) })
  return (
    <View className='section'>
      <Text className='section-title'>4. 发票号码</Text>
      <Text className='ma__hint'>电子发票填 20 位发票号码；纸质发票填发票代码加号码。有几张填几张。</Text>
      {list.map((n, i) => (
        <View key={i}>
          <TextField label={`第 ${i + 1} 张发票号码`} name={`invoiceNumbers.${i}`} maxlength={24} value={n} fields={fields} onChange={(v) => set(i, v)} />
          {list.length > 1 ? <View className='link' onClick={() => update({ invoiceNumbers: list.filter((_, j) => j !== i) })}>删除这张</View> : null}
        </View>
      ))}
      {list.length < 20 ? <View className='link' onClick={() => update({ invoiceNumbers: [...list, ''] })}>＋ 再加一张发票</View> : null}
      <FieldError fields={fields} name='invoiceNumbers' />
    </View>
  )
}

export function AccountSection({ form, update, fields }: Props) {
  return (
    <View className='section'>
      <Text className='section-title'>6. 收款账户</Text>
      <Text className='ma__hint'>互助金由工会通过银行转账支付到这个账户。工会干部只看到卡号的前 4 位和后 4 位。</Text>
      <TextField label='开户银行' name='payout.bankName' value={form.bankName} fields={fields} maxlength={40} placeholder='如：义乌农商银行' onChange={(bankName) => update({ bankName })} />
      <TextField label='银行卡号' name='payout.accountNo' type='number' value={form.accountNo} fields={fields} maxlength={34} onChange={(accountNo) => update({ accountNo })} />
      <TextField label='户名' name='payout.accountName' value={form.accountName} fields={fields} maxlength={30} placeholder='银行卡上的姓名' onChange={(accountName) => update({ accountName })} />
    </View>
  )
}
