/** The claim, for the member and for officers: the page and the desk's side pane share it (a page module exports only its page on weapp). */
import { View, Text } from '@tarojs/components'
import { BENEFIT_LABELS, CLAIM_STATUS_LABELS, DOCUMENT_SLOT_LABELS, REJECT_LABELS } from '../../../../types/mutual-aid-labels'
import ErrorNotice from '../../../components/error-notice'
import PhotoGallery from '../../../components/photo-gallery'
import Timeline from '../../../components/timeline'
import { useRecord } from '../../../hooks/use-record'
import { useShownAgain } from '../../../hooks/use-shown-again'
import { mutualAidApi, type ClaimView } from '../../../services/mutual-aid'
import { claimSteps } from '../../claim-history'
import PayoutLines from '../../components/payout-lines'
import { dayLabel, timeLabel, yuan } from '../../format'
import OfficerPanel from './officer-panel'
import ResubmitForm from './resubmit-form'
import '../../mutual-aid.scss'

function Summary({ view }: { view: ClaimView }) {
  const kv = (k: string, v: string) => <View className='ma__kv'><Text className='ma__k'>{k}</Text><Text className='ma__v'>{v}</Text></View>
  return (
    <View className='section'>
      <View className='ma__row-head'>
        <Text className='section-title'>{BENEFIT_LABELS[view.benefit]}互助金申请</Text>
        <Text className={`ma__status ma__status--${view.status}`}>{CLAIM_STATUS_LABELS[view.status]}</Text>
      </View>
      {view.paidLabel ? <Text className='ma__paid'>{view.paidLabel}</Text> : null}
      {view.paidAt ? <Text className='ma__hint'>{timeLabel(view.paidAt)} 转账{view.paymentReference ? ` · 凭证号 ${view.paymentReference}` : ''}</Text> : null}
      {view.memberNo ? kv('会员编号', view.memberNo) : null}
      {kv('医院', view.hospital)}
      {kv('住院', `${dayLabel(view.admittedAt)} 至 ${dayLabel(view.dischargedAt)}`)}
      {kv('医疗总费用', yuan(view.totalCost))}
      {kv('医保统筹支付', yuan(view.fundPaid))}
      {kv('政策范围内个人自付', yuan(view.selfPaidInPolicy))}
      {view.invoiceCount ? kv('发票', `${view.invoiceCount} 张`) : null}
      {kv('提交时间', timeLabel(view.createdAt))}
      {view.decideByLabel && view.status === 'checked' ? kv('审批期限', `${view.decideByLabel} 前${view.overdue ? '（已超期）' : ''}`) : null}
      {view.diagnosis ? kv('诊断', view.diagnosis) : null}
      {view.sampled ? <Text className='ma__tag'>抽检：需要两位干部审批</Text> : null}
    </View>
  )
}

/** One claim: status, the itemised computation (the decision once approved), what to fix, documents and history. */
export function ClaimDetail({ id, onChanged }: { id: string | undefined; onChanged?: () => void }) {
  const record = useRecord(id, mutualAidApi.get, '没有找到这笔申请')
  const { state } = record
  const reload = async () => {
    await record.reload()
    onChanged?.()
  }
  useShownAgain(() => void record.reload())
  if (state.status === 'loading') return <View className='section muted'>正在加载…</View>
  if (state.status === 'error') return <ErrorNotice error={state.error} onRetry={() => void reload()} />
  const { view } = state
  const decided = view.status === 'approved' || view.status === 'paid'
  const photos = view.documents.filter((d) => d.url)
  return (
    <View className='ma'>
      <Summary view={view} />
      <PayoutLines payout={view.payout} title={decided ? '审批结果（逐项）' : '互助金计算（预估）'} />
      {view.rejection ? (
        <View className='section ma__refusal'>
          <Text className='ma__refusal-title'>不予互助：{view.rejection.label ?? REJECT_LABELS[view.rejection.code]}</Text>
          <Text>{view.rejection.note}</Text>
        </View>
      ) : null}
      {view.status === 'returned' && view.role === 'member' ? <ResubmitForm view={view} reload={reload} /> : null}
      {view.status === 'returned' && view.role === 'officer' ? <View className='section'><Text>已退回职工补正：{view.returnNote ?? ''}</Text></View> : null}
      {view.role === 'officer' ? <OfficerPanel view={view} reload={reload} /> : null}
      <View className='section'>
        <Text className='section-title'>材料</Text>
        <Text className='ma__hint'>{view.documents.map((d) => d.slotLabel ?? DOCUMENT_SLOT_LABELS[d.slot]).join('、') || '没有照片'}</Text>
        <PhotoGallery photos={photos.map((d) => d.url as string)} refresh={reload} size='small' />
      </View>
      <View className='section'>
        <Text className='section-title'>办理记录</Text>
        <Timeline steps={claimSteps(view.history)} />
      </View>
    </View>
  )
}
