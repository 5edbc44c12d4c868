import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { AidView } from '../../../services/legal'
import { AID_ROUTE_TEXT } from '../../aid-labels'
import { decideByText } from '../../desk-format'
import { LEGAL } from '../../links'

/** The server's answer: who decides, by when, and the means-test outcome stored with the application. */
export default function DoneStep({ result }: { result: AidView }) {
  return (
    <View className='legal'>
      <View className='section'>
        <Text className='section-title'>已提交</Text>
        <Text className='legal__big'>{AID_ROUTE_TEXT[result.routeReason]}</Text>
        {result.decideByLabel ? <Text className='legal__deadline aid__decide-by'>{decideByText(result.decideByLabel)}</Text> : null}
        {result.urgent ? <Text className='legal__warn'>仲裁时效快到了：工会会在下一个工作日内作出决定，必要时先行提供援助。</Text> : null}
        <Text className='muted'>经济状况审查：{result.meansTestLabel}</Text>
        <Text className='muted'>需要补充材料或有结果时会通知您；您也可以在“我的援助申请”里查看。</Text>
      </View>
      <View className='legal__actions'>
        <Button type='primary' size='large' block onClick={() => void Taro.redirectTo({ url: `${LEGAL.aidCase}?id=${encodeURIComponent(result.id)}` })}>
          查看这份申请
        </Button>
        <Button size='large' block onClick={() => void Taro.switchTab({ url: '/pages/home/index' })}>回首页</Button>
      </View>
    </View>
  )
}
