import { View, Text } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { BENEFIT_LABELS, DOCUMENT_SLOTS, DOCUMENT_SLOT_LABELS, maskAccountNo } from '../../../../types/mutual-aid-labels'
import ErrorNotice from '../../../components/error-notice'
import PayoutLines from '../../components/payout-lines'
import { parseYuan, yuan } from '../../format'
import type { useClaim } from '../../hooks/use-claim'

/** Read it back before sending: every answer, the photos per type, the estimate, and the consent given. */
export default function ConfirmStep({ c }: { c: ReturnType<typeof useClaim> }) {
  const { form, photos, estimate, busy, error } = c
  const money = (s: string) => yuan(parseYuan(s) ?? 0)
  const rows: [string, string][] = [
    ['保障项目', form.benefit ? BENEFIT_LABELS[form.benefit] : ''],
    ['医院', form.hospital.trim()],
    ['住院', `${form.admittedAt} 至 ${form.dischargedAt}`],
    ['医疗总费用', money(form.totalCost)],
    ['医保统筹支付', money(form.fundPaid)],
    ['政策范围内个人自付', money(form.selfPaidInPolicy)],
    ['发票', form.invoiceNumbers.map((n) => n.replace(/[\s-]/g, '')).join('、')],
    ['照片', DOCUMENT_SLOTS.filter((s) => photos.slots[s].fileIds.length).map((s) => `${DOCUMENT_SLOT_LABELS[s]} ${photos.slots[s].fileIds.length} 张`).join('，')],
    ['收款账户', `${form.bankName.trim()} ${maskAccountNo(form.accountNo)} ${form.accountName.trim()}`],
  ]
  if (form.diagnosis.trim()) rows.push(['诊断', form.diagnosis.trim()])
  return (
    <View className='ma'>
      <View className='section'>
        <Text className='section-title'>请确认您的互助金申请</Text>
        {rows.map(([label, value]) => (
          <View key={label} className='ma__kv'><Text className='ma__k'>{label}</Text><Text className='ma__v'>{value}</Text></View>
        ))}
      </View>
      {'payout' in estimate ? <PayoutLines payout={estimate.payout} title='预估互助金' /> : null}
      <View className='section'>
        <Text className='muted'>您已同意工会为办理本次互助处理您的健康信息。提交后由您所在的工会审核材料，再由镇（街道）总工会审批。</Text>
      </View>
      {error ? <ErrorNotice error={error} onRetry={() => void c.send()} /> : null}
      <View className='ma__actions'>
        <Button type='primary' size='large' block loading={busy} disabled={busy} onClick={() => void c.send()}>确认提交</Button>
        <Button size='large' block disabled={busy} onClick={() => c.setStep('form')}>返回修改</Button>
      </View>
    </View>
  )
}
