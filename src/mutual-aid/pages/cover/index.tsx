import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Cell from '@nutui/nutui-react-taro/dist/es/packages/cell/index'
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/css'
import { ENROLMENT_STATUS_LABELS } from '../../../../types/mutual-aid-labels'
import EmptyState from '../../../components/empty-state'
import ErrorNotice from '../../../components/error-notice'
import { useShownAgain } from '../../../hooks/use-shown-again'
import type { CoverView } from '../../../services/mutual-aid'
import { dayLabel, planTitle, yuan } from '../../format'
import { useCover } from '../../hooks/use-cover'
import { MUTUAL_AID } from '../../links'
import PlanOffer, { PAID_OUTSIDE } from './plan-offer'
import { withTextScale } from '../../../components/text-scale'
import '../../mutual-aid.scss'

const go = (url: string) => () => void Taro.navigateTo({ url })

function CoverCard({ cover }: { cover: CoverView }) {
  const waiting = cover.waitingLastDay
  const kv = (k: string, v: string) => <View className='ma__kv'><Text className='ma__k'>{k}</Text><Text className='ma__v'>{v}</Text></View>
  return (
    <View className='section'>
      <Text className='section-title'>{planTitle({ name: cover.planName, demo: cover.demo })}</Text>
      <Text className={`ma__status ma__status--${cover.status}`}>{ENROLMENT_STATUS_LABELS[cover.status]}</Text>
      {kv('保障期', `${dayLabel(cover.coverFrom)} 至 ${dayLabel(cover.coverTo)}`)}
      {waiting ? kv('等待期', `至 ${dayLabel(waiting)}（这天及以前入院的不能申请）`) : null}
      {kv('本年度剩余额度', yuan(cover.annualCapLeft))}
      {cover.status === 'enrolled' ? (
        <Text className='ma__hint'>应缴会费 {yuan(cover.feeDue)}。{cover.by === 'self' ? '请按镇（街道）总工会的通知转账缴费。' : '会费由您的工会统一缴纳。'}{PAID_OUTSIDE}</Text>
      ) : null}
    </View>
  )
}

/** 我的互助保障: the member's cover, the claims, the renewal window when it opens, and 自助参保. */
function CoverPage() {
  const { state, reload } = useCover()
  useShownAgain(() => void reload())
  if (state.status === 'loading') return <View className='section muted'>正在加载…</View>
  if (state.status === 'error' && state.error) return <ErrorNotice error={state.error} onRetry={() => void reload()} />
  const cover = state.mine?.enrolled ? state.mine : null
  const renewal = state.mine?.renewal ?? null
  const offered = renewal ? state.plans.find((p) => p.id === renewal.planId) ?? null : null
  return (
    <View className='ma'>
      {cover ? <CoverCard cover={cover} /> : (
        <EmptyState title='您还没有参加医疗互助' hint='参加后，住院或患重大疾病可以在手机上申请互助金，不用跑腿。只有在册的工会会员可以参加。' />
      )}
      <View className='ma__entries'>
        {cover?.status === 'active' ? <Cell title='申请互助金' description='住院、重大疾病，填表拍照即可' extra='›' clickable onClick={go(MUTUAL_AID.apply)} /> : null}
        <Cell title='我的申请' description='进度、审核结果和支付情况' extra='›' clickable onClick={go(MUTUAL_AID.mine)} />
      </View>
      {renewal ? <PlanOffer renewal={renewal} plan={offered} renewing={Boolean(cover)} reload={reload} /> : null}
    </View>
  )
}

export default withTextScale(CoverPage)
