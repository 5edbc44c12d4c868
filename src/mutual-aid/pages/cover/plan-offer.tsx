import { View, Text } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { BENEFIT_LABELS } from '../../../../types/mutual-aid-labels'
import ErrorNotice from '../../../components/error-notice'
import { useConfirmedAction } from '../../../hooks/use-confirmed-action'
import { mutualAidApi, type PlanView, type Renewal } from '../../../services/mutual-aid'
import { dayLabel, planTitle, yuan } from '../../format'
import RefusalNotice from '../../components/refusal-notice'
import { refusalOf } from '../../refusals'

export const PAID_OUTSIDE = '会费通过银行转账缴纳，不在小程序里付款。收款确认后保障才生效。'

type Props = { renewal: Renewal; plan: PlanView | null; renewing: boolean; reload: () => Promise<void> }

/** A plan open for enrolment: what it covers, the fee and window, and 自助参保 for members whose union does not enrol. */
export default function PlanOffer({ renewal, plan, renewing, reload }: Props) {
  const action = useConfirmedAction(reload)
  const enrol = () => action.run(
    { title: `参加${renewal.name}？`, content: `每人每年 ${yuan(renewal.feePerPerson)}。${PAID_OUTSIDE}` },
    () => mutualAidApi.enrolSelf(renewal.planId), '已登记',
  )
  const refusal = action.error ? refusalOf(action.error) : null
  return (
    <View className='section ma__offer'>
      <Text className='section-title'>{renewing ? '续保登记已开放' : '可以参加的互助计划'}</Text>
      <Text className='ma__v'>{planTitle({ name: renewal.name, demo: plan?.demo })}</Text>
      <Text>每人每年 {yuan(renewal.feePerPerson)}{plan ? ` · 保障 ${dayLabel(plan.coverFrom)} 至 ${dayLabel(plan.coverTo)}` : ''}</Text>
      {plan ? <Text>保障项目：{plan.benefits.map((b) => BENEFIT_LABELS[b.kind]).join('、')} · 年度最高 {yuan(plan.annualCap)}</Text> : null}
      <Text className='ma__hint'>登记期 {dayLabel(renewal.enrolFrom)} 至 {dayLabel(renewal.enrolTo)}{plan ? `；登记期后参保的，有 ${plan.waitingDays} 天等待期` : ''}。</Text>
      <Text className='ma__hint'>单位工会统一参保的，由工会为您登记。单位不组织参保的（如新就业形态劳动者），可以自己参保。{PAID_OUTSIDE}</Text>
      {refusal ? <RefusalNotice refusal={refusal} /> : action.error ? <ErrorNotice error={action.error} /> : null}
      <Button type='primary' block loading={action.busy} onClick={() => void enrol()}>自助参保</Button>
    </View>
  )
}
