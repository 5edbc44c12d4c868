import { View, Text } from '@tarojs/components'
import { CATEGORY_LABELS, OUTCOME_LABELS, STATUS_LABELS } from '../../../../types/grievance-labels'
import type { CaseViewBase } from '../../../services/grievance'
import SlaClock from '../../components/sla-clock'
import Timeline from '../../components/timeline'

/** What both a worker and an officer read of a case: status, clock, who holds it and why, the timeline. */
export default function CaseBody({ view }: { view: CaseViewBase }) {
  return (
    <View>
      <View className='section'>
        <View className='case__head'>
          <Text className='case__title'>{CATEGORY_LABELS[view.category] ?? view.category}</Text>
          <Text className='case__status'>{STATUS_LABELS[view.status] ?? view.status}</Text>
        </View>
        <Text className='muted'>
          {view.enterpriseName ?? '单位未填写'} · 受影响 {view.affectedCount} 人{view.urgent ? ' · 紧急' : ''}
          {view.participantCount > 1 ? ` · ${view.participantCount} 人一起反映` : ''}
        </Text>
        <SlaClock view={view} />
      </View>
      <View className='section'>
        <Text className='section-title'>受理工会</Text>
        <Text className='case__org'>{view.assignedOrgName}</Text>
        <Text className='case__explain'>{view.routeExplanation}</Text>
        {view.supervised ? <Text className='case__flag'>已超过办结期限，上级工会督办中</Text> : null}
      </View>
      {view.description ? (
        <View className='section'>
          <Text className='section-title'>反映的情况</Text>
          <Text className='case__quote'>{view.description}</Text>
        </View>
      ) : null}
      {view.outcome ? (
        <View className='section'>
          <Text className='section-title'>办理结果：{OUTCOME_LABELS[view.outcome] ?? view.outcome}</Text>
          {view.summary ? <Text className='case__quote'>{view.summary}</Text> : null}
          {view.rating ? <Text className='muted'>职工评价：{view.rating} 分</Text> : null}
        </View>
      ) : null}
      <View className='section'>
        <Text className='section-title'>办理经过</Text>
        <Timeline history={view.history} orgNames={view.orgNames} />
      </View>
    </View>
  )
}
