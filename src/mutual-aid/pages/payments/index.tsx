import { useEffect, useState } from 'react'
import { View, Text, Textarea } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { MUTUAL_AID_ERRORS, type MutualAidErrorCode } from '../../../../types/mutual-aid-labels'
import DeskLayout from '../../../components/desk-layout'
import ErrorNotice from '../../../components/error-notice'
import FieldError from '../../../components/field-error'
import { useConfirmedAction } from '../../../hooks/use-confirmed-action'
import { mutualAidApi, type PlanView } from '../../../services/mutual-aid'
import PlanPicker, { defaultPlan } from '../../components/plan-picker'
import TextField from '../../components/text-field'
import { memberNosIn, shanghaiToday, yuan } from '../../format'
import { withTextScale } from '../../../components/text-scale'
import '../../mutual-aid.scss'

/** Per-member refusals of `confirmPayment`, worded for the federation (the codes' own messages speak to members). */
const REFUSED: Record<string, string> = {
  'MUTUAL_AID.NOT_ENROLLED': '没有找到这位会员在本计划的参保登记（或不在本级范围内）',
  'MUTUAL_AID.NOT_IN_STATE': '这位会员的参保已终止，不能确认缴费',
  CONFLICT: '记录正被他人更新，请再确认一次',
}
const refusedText = (code: string) => REFUSED[code] ?? MUTUAL_AID_ERRORS[code as MutualAidErrorCode] ?? code

type Outcome = { confirmed: number; refused: { memberNo: string; code: string }[] }

/** 确认缴费 (town or city federation): the members whose fee arrived by bank transfer, and the transfer's reference. */
function PaymentsPage() {
  const [plans, setPlans] = useState<PlanView[] | null>(null)
  const [planId, setPlanId] = useState<string | null>(null)
  const [text, setText] = useState('')
  const [reference, setReference] = useState('')
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const action = useConfirmedAction(async () => undefined)
  useEffect(() => {
    void mutualAidApi.plans().then((res) => {
      const list = res.ok ? res.data.items : []
      setPlans(list)
      setPlanId(defaultPlan(list, shanghaiToday()))
    })
  }, [])
  const plan = plans?.find((p) => p.id === planId) ?? null
  const memberNos = memberNosIn(text)
  const submit = async () => {
    const problems: Record<string, string> = {}
    if (memberNos.length === 0) problems.memberNos = '请填写会员编号（YW 加 10 位数字），一行一个'
    if (!reference.trim()) problems.reference = '请填写缴费凭证号（银行转账流水号）'
    if (!plan || Object.keys(problems).length) return action.setFields(problems)
    let result: Outcome | null = null
    await action.run(
      { title: `确认已收到 ${memberNos.length} 人的会费？`, content: `合计 ${yuan(memberNos.length * plan.feePerPerson)}，凭证号 ${reference.trim()}。确认后这些会员的保障生效。` },
      async () => {
        const res = await mutualAidApi.confirmPayment(plan.id, memberNos, reference.trim())
        if (res.ok) result = { confirmed: res.data.confirmed?.length ?? memberNos.length, refused: res.data.refused ?? [] }
        return res
      },
      '已确认缴费',
    )
    if (result) {
      setOutcome(result)
      setText('')
      setReference('')
    }
  }
  return (
    <DeskLayout active='mutual-aid'>
      <View className='ma'>
        <View className='section ma__intro'>
          <Text>工会通过银行转账缴纳互助会费（不在小程序里付款）。收到转账后，在这里登记，会员的保障随即生效。</Text>
        </View>
        <View className='section'>
          <Text className='section-title'>1. 互助计划</Text>
          {plans ? <PlanPicker plans={plans} value={planId} onChange={setPlanId} /> : <Text className='muted'>正在加载…</Text>}
        </View>
        <View className='section'>
          <Text className='section-title'>2. 已缴费的会员</Text>
          <Text className='ma__hint'>粘贴工会报来的会员编号，一行一个（可以直接粘贴名单，系统会找出其中的编号）。</Text>
          <Textarea className='ma__textarea' value={text} maxlength={-1} aria-label='会员编号' placeholder='YW2026000001' onInput={(e) => setText(e.detail.value)} />
          <Text className='ma__hint'>识别到 {memberNos.length} 个会员编号{plan ? `，应收 ${yuan(memberNos.length * plan.feePerPerson)}` : ''}</Text>
          <FieldError fields={action.fields} name='memberNos' />
          <TextField label='缴费凭证号' name='reference' value={reference} fields={action.fields} onChange={setReference} placeholder='银行转账流水号' />
        </View>
        {action.error ? <ErrorNotice error={action.error} /> : null}
        {outcome ? (
          <View className='section' role='status'>
            <Text>已确认 {outcome.confirmed} 人的缴费。</Text>
            {outcome.refused.map((r) => <Text key={r.memberNo} className='ma__refused-row'>{r.memberNo}：{refusedText(r.code)}</Text>)}
          </View>
        ) : null}
        <View className='ma__actions'>
          <Button type='primary' size='large' block loading={action.busy} onClick={() => void submit()}>确认收到会费</Button>
        </View>
      </View>
    </DeskLayout>
  )
}

export default withTextScale(PaymentsPage)
