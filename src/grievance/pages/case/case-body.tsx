import { View, Text } from '@tarojs/components'
import { CATEGORY_LABELS, OUTCOME_LABELS, STATUS_LABELS } from '../../../../types/grievance-labels'
import type { CaseView } from '../../../services/grievance'
import PhotoGallery from '../../../components/photo-gallery'
import SlaClock from '../../components/sla-clock'
import Timeline from '../../components/timeline'
import { readerOf } from '../../format'

type Props = {
  view: CaseView
  /** Who reads it: the photo notice differs. */
  viewer: 'worker' | 'officer'
  /** Loads the case again (fresh photo links). */
  refresh?: () => unknown
}

/** What both a worker and an officer read of a case: status, clock, who holds it and why, photos, the timeline. */
export default function CaseBody({ view, viewer, refresh }: Props) {
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
      {view.photos?.length ? (
        <View className='section'>
          <Text className='section-title'>证据照片（{view.photos.length} 张）</Text>
          <PhotoGallery photos={view.photos} refresh={refresh} />
          <Text className='muted'>
            {viewer === 'worker'
              ? '这些照片只有处理这条诉求的工会能看到，单位看不到。'
              : '照片存放在私密空间，链接几分钟后失效。请勿转发或保存到个人手机。'}
          </Text>
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
        <Timeline history={view.history} orgNames={view.orgNames} reader={readerOf(view)} />
      </View>
    </View>
  )
}
