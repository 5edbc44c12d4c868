import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { APPLICATION_STATUS_LABELS } from '../../../types/membership-labels'
import type { ApplicationView, WorkplaceView } from '../../../types/membership-views'
import MembershipTimeline from './membership-timeline'
import { timeLabel } from './membership-format'
import './application-card.scss'

type Clock = { main: string; note: string; warn: boolean }

/** The review promise as a worker reads it. Display only: the server decides escalation. */
export function reviewClock(a: ApplicationView, now = Date.now()): Clock {
  if (a.overdue) return { main: `审核已超过期限（${a.reviewByLabel}）`, note: '已在最高一级工会，正在督促尽快审核。', warn: true }
  if (Date.parse(a.reviewBy) < now) return { main: `审核已超过期限（${a.reviewByLabel}）`, note: '系统会自动把申请交给上一级工会审核。', warn: true }
  const estimated = a.reviewByEstimated ? '按目前公布的节假日估算；' : ''
  return { main: `须在 ${a.reviewByLabel} 前审核`, note: `${estimated}超时没有审核，会自动交给上一级工会。`, warn: false }
}

/** "义乌华鑫织造有限公司（苏溪镇）": where the worker works, with the place (the town's federation is not who reviews). */
export function workplaceLine(w: Pick<WorkplaceView, 'noFixedEmployer' | 'occupation' | 'enterpriseName' | 'townName'>): string {
  const where = w.noFixedEmployer ? `无固定单位 · ${w.occupation ?? '新就业形态'}` : w.enterpriseName ?? '单位未填写'
  const place = w.townName?.replace(/总工会$/, '')
  return place ? `${where}（${place}）` : where
}

/** One application: its status, the receiving union and why, the review deadline, the outcome, every step. */
export default function ApplicationCard({ application: a, fresh }: { application: ApplicationView; fresh: boolean }) {
  const names: Record<string, string> = { [a.assignedOrgId]: a.assignedOrgName, ...(a.fromOrgId && a.fromOrgName ? { [a.fromOrgId]: a.fromOrgName } : {}) }
  const clock = a.status === 'pending' ? reviewClock(a) : null
  return (
    <View className='section mapp'>
      {fresh ? <Text className='mapp__fresh'>申请已提交</Text> : null}
      <View className='mapp__head'>
        <Text className='mapp__title'>{a.kind === 'transfer' ? '会籍转接申请' : '入会申请'}</Text>
        <Text className={`mapp__status mapp__status--${a.status}`}>{APPLICATION_STATUS_LABELS[a.status] ?? a.status}</Text>
      </View>
      <Text className='muted'>{timeLabel(a.createdAt)} 提交</Text>

      <Text className='mapp__line'>工作单位：{workplaceLine(a.workplace)}</Text>
      {a.workplace.employerBlind ? <Text className='mapp__line'>已选择“入会不惊动单位”</Text> : null}
      <Text className='mapp__org'>{a.status === 'pending' ? '审核工会' : '受理工会'}：{a.assignedOrgName}</Text>
      <Text className='mapp__explain'>{a.routeExplanation}</Text>
      {a.kind === 'transfer' && a.fromOrgName ? <Text className='mapp__explain'>原工会 {a.fromOrgName} 会收到通知，不需要它同意。</Text> : null}

      {clock ? (
        <View className={`mapp__clock ${clock.warn ? 'mapp__clock--warn' : ''}`}>
          <Text className='mapp__clock-main'>{clock.main}</Text>
          <Text className='mapp__clock-note'>{clock.note}</Text>
        </View>
      ) : null}
      {a.status === 'approved' && a.memberNo ? <Text className='mapp__result'>审核通过 · 会员号 {a.memberNo}</Text> : null}
      {a.status === 'rejected' ? (
        <View className='mapp__clock mapp__clock--warn'>
          <Text className='mapp__clock-main'>未通过：{a.rejectReasonLabel ?? '工会未说明原因'}</Text>
          {a.rejectNote ? <Text className='mapp__clock-note'>工会的说明：{a.rejectNote}</Text> : null}
          {a.kind === 'join' ? (
            <View className='link' onClick={() => void Taro.navigateTo({ url: '/membership/pages/apply/index' })}>修改后重新申请 ›</View>
          ) : null}
        </View>
      ) : null}

      <Text className='mapp__steps'>办理经过</Text>
      <MembershipTimeline history={a.history} names={names} />
    </View>
  )
}
