import { View, Text } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import ErrorNotice from '../../../components/error-notice'
import { useConfirmedAction } from '../../../hooks/use-confirmed-action'
import { legalDeskApi, type DeskConsultView } from '../../../services/legal'
import DeskTextForm from '../../components/desk-text-form'
import PublishForm from './publish-form'

type Props = { view: DeskConsultView; reload: () => Promise<void> }

/** What the lawyer can do now: 接单, 答复 (≥ 10 characters), 追问, 结束, 发布到知识库. Each asks first where it cannot be undone. */
export default function DeskActions({ view, reload }: Props) {
  const claim = useConfirmedAction(reload)
  const answer = useConfirmedAction(reload)
  const follow = useConfirmedAction(reload)
  const close = useConfirmedAction(reload)
  if (!view.mayAnswer) {
    return <View className='section muted'>您可以查看这条咨询；接单和答复由受理组织的律师或管理员办理。</View>
  }
  const open = view.status !== 'closed'
  const mine = view.claimedByMe || !view.claimed
  // A race lost at 接单 is said plainly; the page then shows who holds it.
  const claimFailed = claim.error ?? null
  return (
    <View>
      {open && !view.claimed ? (
        <View className='section'>
          <Text className='section-title'>还没有律师接单</Text>
          <Text className='muted'>接单后由您负责答复，其他律师不能再接这条咨询。</Text>
          <Button type='primary' size='large' block loading={claim.busy} onClick={() => void claim.run(
            { title: '接下这条咨询？', content: '接单后由您负责在答复期限前答复。' }, async () => {
              const res = await legalDeskApi.claim(view.id)
              if (!res.ok) await reload()
              return res
            }, '已接单')}
          >
            接单
          </Button>
        </View>
      ) : null}
      {claimFailed ? <ErrorNotice error={claimFailed} /> : null}
      {open && !mine ? <View className='section muted'>这条咨询已由其他律师接单，您可以查看记录。</View> : null}
      {open && mine ? (
        <DeskTextForm title={view.firstAnsweredAt ? '再次答复' : '答复'} name='text' label='答复' min={10} max={4000} short='答复至少 10 个字'
          placeholder='写清结论、依据和下一步怎么做（至少 10 个字）' submit='发送答复' done='已答复' action={answer}
          confirm={view.claimed ? undefined : { title: '发送答复？', content: '发送后这条咨询由您接单并负责。' }}
          send={(text) => legalDeskApi.answer(view.id, text)}
        />
      ) : null}
      {answer.error ? <ErrorNotice error={answer.error} /> : null}
      {open && mine ? (
        <DeskTextForm title='追问职工' name='text' label='追问' max={1000} placeholder='需要职工补充的情况（不会停止答复计时）'
          submit='发送追问' done='已发送' action={follow} send={(text) => legalDeskApi.followUp(view.id, text)}
        />
      ) : null}
      {follow.error ? <ErrorNotice error={follow.error} /> : null}
      {view.firstAnsweredAt ? <PublishForm view={view} reload={reload} /> : null}
      {open && mine ? (
        <View className='legal__actions'>
          {close.error ? <ErrorNotice error={close.error} /> : null}
          <Button size='large' block loading={close.busy} onClick={() => void close.run(
            { title: '结束这条咨询？', content: '结束后双方都不能再留言，职工会收到通知并可以评价。' }, () => legalDeskApi.close(view.id), '已结束')}
          >
            结束咨询
          </Button>
        </View>
      ) : null}
    </View>
  )
}
