import { View, Text } from '@tarojs/components'
import { APPLICATION_STATUS_LABELS } from '../../../../types/membership-labels'
import type { ApplicationView } from '../../../../types/membership-views'
import ErrorNotice from '../../../components/error-notice'
import { useRecord } from '../../../hooks/use-record'
import { membershipApi } from '../../../services/membership'
import { timeLabel } from '../../components/membership-format'
import MembershipTimeline from '../../components/membership-timeline'
import ApplicantSection from './applicant-section'
import DecisionPanel from './decision-panel'
import './index.scss'

function Summary({ view }: { view: ApplicationView }) {
  const late = view.status === 'pending' && view.overdue
  return (
    <View className='section'>
      <View className='review__head'>
        <Text className='review__title'>{view.kind === 'transfer' ? '会籍转接申请' : '入会申请'}</Text>
        <Text className={`review__status review__status--${view.status}`}>{APPLICATION_STATUS_LABELS[view.status]}</Text>
      </View>
      <Text className='muted'>{timeLabel(view.createdAt)} 提交 · 受理：{view.assignedOrgName}</Text>
      {view.status === 'pending' ? (
        <Text className={late ? 'review__due review__due--late' : 'review__due'}>
          {late ? '已超期 · ' : ''}须在 {view.reviewByLabel} 前审核{view.reviewByEstimated ? '（预计）' : ''}
        </Text>
      ) : null}
      <Text className='review__explain'>{view.routeExplanation}</Text>
      {view.fromOrgName ? <Text className='review__explain'>原所在工会：{view.fromOrgName}（转接后会收到通知）</Text> : null}
    </View>
  )
}

function Outcome({ view }: { view: ApplicationView }) {
  if (view.status === 'approved') {
    return (
      <View className='section review__outcome'>
        <Text className='review__label'>已通过 · 会员号</Text>
        <Text className='review__member-no'>{view.memberNo ?? '—'}</Text>
      </View>
    )
  }
  return (
    <View className='section review__outcome'>
      <Text className='review__label'>未通过：{view.rejectReasonLabel ?? ''}</Text>
      {view.rejectNote ? <Text className='review__explain'>说明：{view.rejectNote}</Text> : null}
    </View>
  )
}

type Props = {
  id: string | undefined
  /** After a decision (the desktop queue beside it reloads: the application moves to another tab). */
  onChanged?: () => void
}

/**
 * One application for the reviewing officer: who, where, why here, by when; decide; and its history. Its own
 * page on a phone, the detail pane beside the queue on a desk.
 */
export default function ReviewView({ id, onChanged }: Props) {
  const { state, reload } = useRecord(id, membershipApi.get, '没有找到这份申请')
  if (state.status === 'loading') return <View className='section muted'>正在加载…</View>
  if (state.status === 'error') return <ErrorNotice error={state.error} onRetry={() => void reload()} />
  const { view } = state
  const names: Record<string, string> = { [view.assignedOrgId]: view.assignedOrgName }
  if (view.fromOrgId && view.fromOrgName) names[view.fromOrgId] = view.fromOrgName
  const decided = async () => {
    await reload()
    onChanged?.()
  }
  return (
    <View className='review'>
      <Summary view={view} />
      {view.identityWarning ? (
        <View className='section review__identity' role='alert'>
          <Text className='review__flag'>{view.identityWarning}</Text>
        </View>
      ) : null}
      <ApplicantSection view={view} />
      {view.status === 'pending' ? <DecisionPanel view={view} reload={decided} /> : <Outcome view={view} />}
      <View className='section'>
        <Text className='section-title'>办理记录</Text>
        <MembershipTimeline history={view.history} names={names} />
      </View>
    </View>
  )
}
