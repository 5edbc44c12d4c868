import { View, Text } from '@tarojs/components'
import ErrorNotice from '../../../components/error-notice'
import { useRecord } from '../../../hooks/use-record'
import { legalDeskApi, type DeskConsultView } from '../../../services/legal'
import Thread from '../../components/thread'
import { DESK_STATUS_LABELS, countdown } from '../../desk-format'
import { timeLabel } from '../../format'
import DeskActions from './desk-actions'

function Summary({ v }: { v: DeskConsultView }) {
  const clock = v.answerByLabel ? countdown(v.answerBy, Date.now()) : null
  const kv = (k: string, value: string) => <View className='legal__kv'><Text className='legal__k'>{k}</Text><Text className='legal__v'>{value}</Text></View>
  return (
    <View className='section'>
      <Text className='legal__big'>{v.categoryLabel} · {v.claimedByMe && v.status === 'claimed' ? '我已接单' : DESK_STATUS_LABELS[v.status]}</Text>
      {clock ? <Text className={`ldesk__due ${clock.late ? 'ldesk__due--late' : ''}`}>{v.answerByLabel} · {clock.text}</Text> : null}
      <View className='ldesk__tags'>
        {clock?.late ? <Text className='ldesk__tag ldesk__tag--red'>已超时</Text> : null}
        {v.supervised ? <Text className='ldesk__tag ldesk__tag--red'>督办：超过 24 小时未答复</Text> : null}
        {v.missedOrgIds.length ? <Text className='ldesk__tag'>下级超时转来</Text> : null}
        {v.published ? <Text className='ldesk__tag ldesk__tag--green'>已发布到知识库</Text> : null}
      </View>
      {kv('受理组织', v.assignedOrgName)}
      {kv('提问时间', timeLabel(v.createdAt))}
      {kv('单位', v.enterpriseName ?? '未填写')}
      {v.contact ? kv('职工', `${v.contact.name} · ${v.contact.phone}`) : kv('职工', v.privacy === 'anonymous' ? '匿名（请在这里答复，不要设法联系）' : '未留联系方式')}
      {v.firstAnsweredAt ? kv('首次答复', timeLabel(v.firstAnsweredAt)) : null}
      {v.rating ? kv('职工评价', `${v.rating.score} 分 · ${v.rating.solved ? '解决了' : '没解决'}`) : null}
    </View>
  )
}

type Props = { id: string | undefined; onChanged?: () => void }

/**
 * One consultation at the lawyer's desk: the record and the thread, and what to do now. A page of its own on a
 * phone; beside the queue at a desk (`onChanged` refreshes the queue after an action).
 */
export default function ConsultDeskView({ id, onChanged }: Props) {
  const { state, reload } = useRecord(id, legalDeskApi.get, '没有找到这条咨询')
  if (state.status === 'loading') return <View className='section muted'>正在加载…</View>
  if (state.status === 'error') return <ErrorNotice error={state.error} onRetry={() => void reload()} />
  const v = state.view
  if (!('mayAnswer' in v)) return <View className='section muted'>这是您自己提的咨询，请在“我的咨询”里查看。</View>
  const changed = async () => {
    await reload()
    onChanged?.()
  }
  return (
    <View className='ldesk__cols'>
      <View>
        <Summary v={v} />
        <Thread messages={v.messages} refresh={reload} viewer='lawyer' />
      </View>
      <DeskActions view={v} reload={changed} />
    </View>
  )
}
