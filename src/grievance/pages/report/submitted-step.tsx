import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { deadlineLabel, routeExplanation } from '../../../../types/grievance-labels'
import AfterSubmitLinks from '../../../components/after-submit'
import { groupedReceipt } from '../../format'
import type { Submitted } from '../../hooks/use-report'

/** The server's answer: who received it, why, by when it must be accepted, and the receipt code to keep. */
export default function SubmittedStep({ submitted }: { submitted: Submitted }) {
  const { result, view } = submitted
  const orgName = view?.assignedOrgName ?? '负责的工会'
  const told = view?.routeExplanation ?? ('routeExplanation' in result ? result.routeExplanation : undefined)
  const explanation = told ?? routeExplanation(result.routeReason, { kind: 'worker', privacy: null })
  const deadline = view?.acceptByLabel ?? deadlineLabel(result.acceptBy)
  const pending = (view?.status ?? result.status) === 'pending'
  const estimated = view?.acceptByEstimated ?? (submitted.kind === 'report' && submitted.result.acceptByEstimated)
  return (
    <View className='report'>
      <View className='section'>
        <Text className='section-title'>{submitted.kind === 'join' ? `已加入，现在共 ${submitted.result.participantCount} 位职工一起反映` : '已提交'}</Text>
        <Text className='report__big'>由 {orgName} {pending ? '受理' : '办理'}</Text>
        <Text className='report__explain'>{explanation}</Text>
        {pending ? <Text className='report__deadline'>须在 {deadline} 前受理</Text> : null}
        {pending && estimated ? <Text className='muted'>（按目前公布的节假日估算）</Text> : null}
        {pending ? <Text className='muted'>超时没有受理，系统会自动交给上一级工会。</Text> : null}
      </View>
      {submitted.kind === 'report' ? (
        <View className='section report__receipt'>
          <Text className='section-title'>您的回执码</Text>
          <View className='report__code'><Text userSelect>{groupedReceipt(submitted.result.receipt)}</Text></View>
          <Text className='report__warn'>
            请抄下或截图保存回执码，不要告诉别人。换了手机或微信号，也能用它在“用回执码查询”里查看进展。
          </Text>
          <Button block onClick={() => void Taro.setClipboardData({ data: submitted.result.receipt })}>复制回执码</Button>
        </View>
      ) : null}
      <View className='report__actions'>
        <Button type='primary' size='large' block onClick={() => void Taro.redirectTo({ url: `/grievance/pages/case/index?id=${encodeURIComponent(result.id)}` })}>
          查看办理进度
        </Button>
        <Button size='large' block onClick={() => void Taro.redirectTo({ url: '/grievance/pages/mine/index' })}>
          我的诉求
        </Button>
      </View>
      <AfterSubmitLinks />
    </View>
  )
}
