import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import ErrorNotice from '../../components/error-notice'
import { useConfirmedAction } from '../../hooks/use-confirmed-action'
import { legalApi, type ConsultRef, type ConsultView } from '../../services/legal'
import { groupedReceipt, timeLabel } from '../format'
import { aidFormUrl, arbitrationUrl, grievanceReportUrl, type Known } from '../links'
import FollowUpForm from './follow-up-form'
import RateForm from './rate-form'
import Thread from './thread'
import './consultation.scss'

type Props = { view: ConsultView; consult: ConsultRef; reload: () => Promise<void> }

const known = (v: ConsultView): Known => ({
  category: v.category, question: v.messages.find((m) => m.kind === 'question')?.text ?? '', enterpriseName: v.enterpriseName, townId: v.townId,
})

/** One consultation as its asker sees it (by id, or by receipt): status, who answers by when, the thread, and what to do next. */
export default function Consultation({ view, consult, reload }: Props) {
  const action = useConfirmedAction(reload)
  const open = view.status !== 'closed'
  const hopped = view.history.some((h) => h.type === 'escalated')
  const go = (url: string) => void Taro.navigateTo({ url })
  return (
    <View className='legal consult'>
      <View className='section'>
        <Text className='legal__big consult__status'>{view.statusLabel}</Text>
        <View className='legal__kv'><Text className='legal__k'>问题类别</Text><Text className='legal__v'>{view.categoryLabel}</Text></View>
        <View className='legal__kv'><Text className='legal__k'>解答单位</Text><Text className='legal__v'>{view.assignedOrgName}</Text></View>
        <View className='legal__kv'><Text className='legal__k'>提问时间</Text><Text className='legal__v'>{timeLabel(view.createdAt)}</Text></View>
        <Text className='muted'>{view.routeExplanation}</Text>
        {view.answerByLabel ? <Text className='legal__deadline consult__answer-by'>{view.answerByLabel}</Text> : null}
        {view.firstAnsweredAt ? <Text className='muted'>律师已于 {timeLabel(view.firstAnsweredAt)} 答复。</Text> : null}
        {hopped ? <Text className='muted'>镇（街道）没有按时答复，已交给市总工会法律服务中心。</Text> : null}
        {view.supervised ? <Text className='legal__warn'>超过 24 小时还没有答复，市总工会正在督办。</Text> : null}
      </View>
      <Thread messages={view.messages} refresh={reload} />
      {action.error ? <ErrorNotice error={action.error} /> : null}
      {open ? <FollowUpForm consult={consult} action={action} /> : null}
      {view.firstAnsweredAt && !view.rating ? <RateForm consult={consult} action={action} /> : null}
      {view.rating ? (
        <View className='section'>
          <Text className='section-title'>您的评价</Text>
          <Text className='consult__rating'>{view.rating.score} 分 · {view.rating.solved ? '问题解决了' : '还没解决'}</Text>
        </View>
      ) : null}
      <View className='section'>
        <Text className='section-title'>还需要帮助？</Text>
        <Text className='muted'>下面的表格会先填好已知的内容，您核对、修改并确认后才会提交。</Text>
        <View className='legal__actions consult__next'>
          <Button size='large' block onClick={() => go(grievanceReportUrl(known(view)))}>转为维权诉求</Button>
          <Button size='large' block onClick={() => go(aidFormUrl(known(view)))}>申请法律援助</Button>
          <Button size='large' block onClick={() => go(arbitrationUrl({ category: view.category, enterpriseName: view.enterpriseName, facts: known(view).question }))}>
            写劳动仲裁申请书
          </Button>
        </View>
      </View>
      {open ? (
        <View className='legal__actions'>
          <Button size='large' block loading={action.busy} onClick={() => void action.run(
            { title: '结束这条咨询？', content: '结束后不能再追问；有新问题可以重新提问。' }, () => legalApi.close(consult), '已结束')}
          >
            结束咨询
          </Button>
        </View>
      ) : null}
      {view.privacy === 'anonymous' ? (
        <View className='section'>
          <Text className='section-title'>回执码</Text>
          <View className='legal__code'><Text userSelect>{groupedReceipt(view.receipt)}</Text></View>
          <Text className='muted'>换了手机或微信号，也能用回执码查看答复。请不要告诉别人。</Text>
        </View>
      ) : null}
    </View>
  )
}
