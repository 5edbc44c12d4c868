import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { ConsultPrivacy } from '../../../../types/legal-labels'
import type { AskResult } from '../../../services/legal'
import { groupedReceipt } from '../../format'
import { LEGAL } from '../../links'

/** The server's answer: who will answer, why, by when, and (anonymous) the receipt code to keep. */
export default function DoneStep({ result, privacy }: { result: AskResult; privacy: ConsultPrivacy }) {
  return (
    <View className='legal'>
      <View className='section'>
        <Text className='section-title'>已提交</Text>
        <Text className='legal__big'>由 {result.assignedOrgName} 的律师解答</Text>
        <Text>{result.routeExplanation}</Text>
        <Text className='legal__deadline ask__answer-by'>{result.answerByLabel}</Text>
        <Text className='muted'>
          律师答复后会通知您；超时没有答复，{result.routeReason === 'TOWN_LAWYERS' ? '会自动交给市总工会法律服务中心' : '市总工会会督办'}。
        </Text>
      </View>
      {privacy === 'anonymous' ? (
        <View className='section'>
          <Text className='section-title'>您的回执码</Text>
          <View className='legal__code ask__code'><Text userSelect>{groupedReceipt(result.receipt)}</Text></View>
          <Text className='legal__warn'>请抄下或截图保存回执码，不要告诉别人。换了手机或微信号，也能用它在“回执码查询”里看答复、继续追问。</Text>
          <Button block size='large' onClick={() => void Taro.setClipboardData({ data: result.receipt })}>复制回执码</Button>
        </View>
      ) : null}
      <View className='legal__actions'>
        <Button type='primary' size='large' block onClick={() => void Taro.redirectTo({ url: `${LEGAL.consultation}?id=${encodeURIComponent(result.id)}` })}>
          查看这条咨询
        </Button>
        <Button size='large' block onClick={() => void Taro.switchTab({ url: '/pages/cases/index' })}>去办事</Button>
        <Button size='large' block onClick={() => void Taro.switchTab({ url: '/pages/home/index' })}>回首页</Button>
      </View>
    </View>
  )
}
