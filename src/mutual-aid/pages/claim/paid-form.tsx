import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import ErrorNotice from '../../../components/error-notice'
import { useConfirmedAction } from '../../../hooks/use-confirmed-action'
import { mutualAidApi, type ClaimView } from '../../../services/mutual-aid'
import TextField from '../../components/text-field'
import { yuan } from '../../format'

/** 登记支付: the bank transfer is made outside the app; its reference is recorded here and the member is told. */
export default function PaidForm({ view, reload }: { view: ClaimView; reload: () => Promise<void> }) {
  const action = useConfirmedAction(reload)
  const [reference, setReference] = useState('')
  const submit = async () => {
    if (!reference.trim()) return action.setFields({ reference: '请填写支付凭证号（银行转账流水号）' })
    await action.run({ title: `已转账 ${yuan(view.payout.payable)}？`, content: `转入 ${view.accountMasked}。登记后职工会看到“已支付”。` },
      () => mutualAidApi.markPaid(view.id, reference.trim()), '已登记支付')
  }
  return (
    <View className='section'>
      <Text className='section-title'>登记支付</Text>
      <Text className='ma__hint'>互助金通过银行转账支付（不在小程序里付款）。转账后填写凭证号。</Text>
      <TextField label='支付凭证号' name='reference' value={reference} fields={action.fields} onChange={setReference} placeholder='银行转账流水号' />
      {action.error ? <ErrorNotice error={action.error} /> : null}
      <Button type='primary' block loading={action.busy} onClick={() => void submit()}>登记已支付</Button>
    </View>
  )
}
