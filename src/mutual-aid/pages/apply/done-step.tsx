import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { CLAIM_STATUS_LABELS, DECIDE_WORKDAYS } from '../../../../types/mutual-aid-labels'
import type { ClaimResult } from '../../../services/mutual-aid'
import { yuan } from '../../format'
import { MUTUAL_AID } from '../../links'

/** Filed: what happens next and when, and the way to the claim. */
export default function DoneStep({ result }: { result: ClaimResult }) {
  return (
    <View className='ma'>
      <View className='section ma__done'>
        <Text className='ma__done-title'>申请已提交</Text>
        <Text>{CLAIM_STATUS_LABELS[result.status]}</Text>
        <Text>预估互助金 {yuan(result.payable)}</Text>
        <Text className='ma__hint'>材料齐全后，镇（街道）总工会在 {DECIDE_WORKDAYS} 个工作日内审批。{result.sampled ? '这笔申请按规定还需要第二位干部复核。' : ''}</Text>
      </View>
      <View className='ma__actions'>
        <Button type='primary' size='large' block onClick={() => void Taro.redirectTo({ url: `${MUTUAL_AID.claim}?id=${encodeURIComponent(result.id)}` })}>查看这笔申请</Button>
      </View>
    </View>
  )
}
