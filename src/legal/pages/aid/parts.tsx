import { View, Text } from '@tarojs/components'
import { AID_HELP_LABELS, LEGAL_CATEGORY_LABELS } from '../../../../types/legal-labels'
import { yuanLabel } from '../../../../types/legal/money'
import type { AidOfficerView, AidView } from '../../../services/legal'
import { AID_ROUTE_TEXT } from '../../aid-labels'
import { decideByText } from '../../desk-format'
import { timeLabel } from '../../format'
import PhotoGallery from '../../../components/photo-gallery'

type View_ = AidView | AidOfficerView

export const kv = (k: string, v: string) => <View key={k} className='legal__kv'><Text className='legal__k'>{k}</Text><Text className='legal__v'>{v}</Text></View>

/** Status, who decides and by when (or why the clock is stopped), and the flags. */
export function AidHeader({ view }: { view: View_ }) {
  return (
    <View className='section'>
      <Text className='legal__big aid__status'>{view.statusLabel}</Text>
      {view.decideByLabel ? <Text className='legal__deadline aid__decide-by'>{decideByText(view.decideByLabel)}</Text> : null}
      {view.status === 'awaiting_material' ? <Text className='legal__warn'>等待补充材料：补充期间审查期限暂停计算，补充后继续。</Text> : null}
      <View className='ldesk__tags'>
        {view.urgent ? <Text className='ldesk__tag ldesk__tag--red'>紧急：仲裁时效不足 7 天</Text> : null}
        {view.overdue ? <Text className='ldesk__tag ldesk__tag--red'>已超期 · 督办</Text> : null}
      </View>
      <Text className='muted'>{AID_ROUTE_TEXT[view.routeReason]} · {timeLabel(view.createdAt)} 提交</Text>
    </View>
  )
}

/** The case itself: category, employer, claim, help wanted, limitation, facts. */
export function AidFacts({ view }: { view: View_ }) {
  return (
    <View className='section'>
      <Text className='section-title'>申请内容</Text>
      {kv('问题类别', LEGAL_CATEGORY_LABELS[view.category])}
      {kv('单位', view.enterpriseName ?? '未填写')}
      {kv('请求金额', yuanLabel(view.claimAmount))}
      {kv('需要的帮助', view.help.map((h) => AID_HELP_LABELS[h]).join('、'))}
      {kv('仲裁时效截止', view.limitationDeadline ?? '未填写')}
      {kv('经济状况审查', view.meansTestLabel)}
      <Text className='legal__quote'>{view.facts}</Text>
      {'photos' in view ? <PhotoGallery photos={view.photos} /> : null}
    </View>
  )
}

/** 补充材料: what the union asked for and what the worker sent, oldest first. */
export function Materials({ view }: { view: View_ }) {
  if (view.materials.length === 0) return null
  return (
    <View className='section'>
      <Text className='section-title'>补充材料</Text>
      {view.materials.map((m) => (
        <View key={m.at} className='aid__material'>
          <Text className='muted'>工会要求 · {timeLabel(m.at)}</Text>
          <Text className='legal__quote'>{m.text}</Text>
          {m.suppliedAt ? <Text className='muted'>申请人补充 · {timeLabel(m.suppliedAt)}</Text> : <Text className='legal__warn'>还没有补充</Text>}
          {m.supply ? <Text className='legal__quote'>{m.supply}</Text> : null}
          {'photos' in m ? <PhotoGallery photos={(m as { photos: string[] }).photos} size='small' /> : null}
        </View>
      ))}
    </View>
  )
}

/** The decision: granted with the form of aid, or refused with the reason, the note and where to turn next. */
export function Decision({ view }: { view: View_ }) {
  const d = view.decision
  if (!d) return null
  return (
    <View className='section aid__decision'>
      <Text className='section-title'>{d.decision === 'grant' ? '决定：同意援助' : '决定：不予援助'}</Text>
      {d.decision === 'grant' ? kv('援助形式', d.form.map((h) => AID_HELP_LABELS[h]).join('、')) : null}
      {d.reasonLabel ? kv('理由', d.reasonLabel) : null}
      {kv('决定时间', timeLabel(d.at))}
      <Text className='legal__quote'>{d.note}</Text>
      {d.decision === 'grant' && view.role === 'applicant' ? <Text className='muted'>承办律师会尽快联系您。</Text> : null}
      {d.nextRoutes.length ? (
        <View className='aid__routes'>
          <Text className='legal__label'>您还可以：</Text>
          {d.nextRoutes.map((r) => <Text key={r} className='aid__route'>· {r}</Text>)}
        </View>
      ) : null}
    </View>
  )
}
