import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { DeskQueueRow } from '../../../services/legal'
import { DESK_STATUS_LABELS, countdown } from '../../desk-format'
import { timeLabel } from '../../format'
import { LEGAL } from '../../links'

export const statusText = (c: DeskQueueRow) => (c.claimedByMe && c.status === 'claimed' ? '我已接单' : DESK_STATUS_LABELS[c.status])
/** The answer-by clock while it runs (no answer yet), else null. */
export const clockOf = (c: DeskQueueRow, now: number) => (c.answerByLabel ? countdown(c.answerBy, now) : null)
export const flagsOf = (c: DeskQueueRow, now: number) =>
  [clockOf(c, now)?.late ? '已超时' : null, c.supervised ? '督办' : null, c.claimed && !c.claimedByMe && c.status === 'claimed' ? '其他律师已接单' : null].filter((f): f is string => f !== null)

/** One consultation in the phone queue: category, status, employer, the answer-by countdown and its flags. */
export default function QueueCard({ c, now }: { c: DeskQueueRow; now: number }) {
  const clock = clockOf(c, now)
  const open = () => void Taro.navigateTo({ url: `${LEGAL.deskConsultation}?id=${encodeURIComponent(c.id)}` })
  return (
    <View className={`ldesk__row ${c.supervised || clock?.late ? 'ldesk__row--flag' : ''}`} role='button' onClick={open}>
      <View className='ldesk__head'>
        <Text className='ldesk__title'>{c.categoryLabel}</Text>
        <Text className='ldesk__status'>{statusText(c)}</Text>
      </View>
      <Text className='muted'>{c.enterpriseName ?? '单位未填写'} · {c.privacy === 'anonymous' ? '匿名' : '实名'} · {timeLabel(c.createdAt)} 提问</Text>
      {clock ? <Text className={`ldesk__due ${clock.late ? 'ldesk__due--late' : ''}`}>{c.answerByLabel} · {clock.text}</Text> : null}
      <View className='ldesk__tags'>
        {flagsOf(c, now).map((f) => <Text key={f} className={`ldesk__tag ${f === '其他律师已接单' ? '' : 'ldesk__tag--red'}`}>{f}</Text>)}
      </View>
    </View>
  )
}
