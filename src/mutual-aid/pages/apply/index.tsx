import { View, Text, Textarea } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import EmptyState from '../../../components/empty-state'
import ErrorNotice from '../../../components/error-notice'
import FieldError from '../../../components/field-error'
import { HEALTH_CONSENT } from '../../claim-form'
import PayoutLines from '../../components/payout-lines'
import RefusalNotice from '../../components/refusal-notice'
import SlotPhotos from '../../components/slot-photos'
import { yuan } from '../../format'
import { useClaim } from '../../hooks/use-claim'
import { MUTUAL_AID } from '../../links'
import ConfirmStep from './confirm-step'
import DoneStep from './done-step'
import { AccountSection, BenefitSection, CostSection, InvoiceSection, StaySection } from './sections'
import { withTextScale } from '../../../components/text-scale'
import '../../mutual-aid.scss'

/** Keys shown under their own inputs; anything else the server names is listed above the button. */
const isShown = (key: string) =>
  ['benefit', 'hospital', 'admittedAt', 'dischargedAt', 'totalCost', 'fundPaid', 'selfPaidInPolicy', 'diagnosis', 'attachments', 'invoiceNumbers'].includes(key)
  || /^(invoiceNumbers\.|payout\.|consents\.|slot\.|attachments\.)/.test(key)

/** 申请互助金: the stay, the amounts (the estimate live below them), invoices, photos by type, the account, consent. */
function ApplyPage() {
  const c = useClaim()
  const { form, update, fields, step, cover, mine, estimate } = c
  if (step === 'done' && c.result) return <DoneStep result={c.result} />
  if (step === 'confirm') return <ConfirmStep c={c} />
  if (cover.state.status === 'loading') return <View className='section muted'>正在加载…</View>
  if (cover.state.status === 'error' && cover.state.error) return <ErrorNotice error={cover.state.error} onRetry={() => void cover.reload()} />
  if (!mine || mine.status !== 'active') {
    return (
      <EmptyState title={mine ? '您的互助保障还没有生效' : '您还没有参加医疗互助'} hint='保障生效后才能申请互助金。请在“我的互助保障”查看状态。'>
        <View className='link' onClick={() => void Taro.redirectTo({ url: MUTUAL_AID.cover })}>查看我的互助保障 ›</View>
      </EmptyState>
    )
  }
  const others = Object.entries(fields).filter(([key]) => !isShown(key))
  return (
    <View className='ma'>
      <View className='section ma__intro'>
        <Text>{mine.planName} · 本年度剩余额度 {yuan(mine.annualCapLeft)}</Text>
        <Text className='ma__hint'>填好金额就能看到预估的互助金，提交前不会发送任何信息。</Text>
      </View>
      {c.refusal ? <RefusalNotice refusal={c.refusal} /> : null}
      <BenefitSection form={form} update={update} fields={fields} benefits={mine.benefits} />
      <StaySection form={form} update={update} fields={fields} />
      <CostSection form={form} update={update} fields={fields} />
      {'payout' in estimate
        ? <PayoutLines payout={estimate.payout} title='预估互助金' note='以工会审核后的金额为准；材料和金额不变时，审批金额与预估一致。' />
        : <View className='section ma__payout' role='status' aria-label='预估互助金'><Text className='muted'>{estimate.waiting}</Text></View>}
      <InvoiceSection form={form} update={update} fields={fields} />
      <View className='section'>
        <Text className='section-title'>5. 材料照片</Text>
        <SlotPhotos photos={c.photos} benefit={form.benefit} fields={fields} />
      </View>
      <AccountSection form={form} update={update} fields={fields} />
      <View className='section'>
        <Text className='section-title'>7. 诊断（可以不填）</Text>
        <Textarea className='ma__textarea' value={form.diagnosis} maxlength={200} aria-label='诊断' placeholder='如：急性阑尾炎' onInput={(e) => update({ diagnosis: e.detail.value })} />
        <FieldError fields={fields} name='diagnosis' />
      </View>
      <View className='section'>
        <View className={`choice ${form.consent ? 'choice--on' : ''}`} role='checkbox' aria-checked={form.consent} aria-label='同意处理健康信息' onClick={() => update({ consent: !form.consent })}>
          <View className='choice__head'><Text className='choice__mark'>{form.consent ? '☑' : '☐'}</Text><Text className='choice__title'>同意处理健康信息</Text></View>
          <Text className='choice__hint'>{HEALTH_CONSENT}</Text>
        </View>
        <FieldError fields={fields} name='consents.health' />
      </View>
      {others.map(([key, message]) => <Text key={key} className='field-error ma__other'>{message}</Text>)}
      {Object.keys(fields).length > 0 ? <Text className='field-error ma__other'>有内容需要修改，请看上面的红色提示。</Text> : null}
      <View className='ma__actions'>
        <Button type='primary' size='large' block onClick={c.review}>下一步：确认</Button>
      </View>
    </View>
  )
}

export default withTextScale(ApplyPage)
