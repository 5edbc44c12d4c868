import { useCallback, useState } from 'react'
import { View, Text } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import DeskLayout from '../../../components/desk-layout'
import EmptyState from '../../../components/empty-state'
import ErrorNotice from '../../../components/error-notice'
import PagedList from '../../../components/paged-list'
import Tabs from '../../../components/tabs'
import { useDesktop } from '../../../hooks/use-desktop'
import { useListDetail } from '../../../hooks/use-list-detail'
import { useMe } from '../../../hooks/use-me'
import { usePaged } from '../../../hooks/use-paged'
import { useShownAgain } from '../../../hooks/use-shown-again'
import { mutualAidApi, type QueueStage } from '../../../services/mutual-aid'
import ClaimRow from '../../components/claim-row'
import { ClaimDetail } from '../claim/detail'
import { withTextScale } from '../../../components/text-scale'
import '../../mutual-aid.scss'

const TABS: [QueueStage, string][] = [['review', '材料审核'], ['approve', '待审批'], ['pay', '待支付']]
const EMPTY: Record<QueueStage, string> = {
  review: '没有待审核材料的申请',
  approve: '没有待审批的申请',
  pay: '没有待支付的申请',
}
const HINT: Record<QueueStage, string> = {
  review: '会员所在工会核对材料：齐全的交镇（街道）总工会审批，不全的退回补正。',
  approve: '镇（街道）总工会审批：材料齐全后 5 个工作日内批准或不予互助，期限近的在前。',
  pay: '已批准的申请：银行转账后登记凭证号。',
}

/** The claim status each stage waits on (`?status=` may name either). */
const STAGE_OF = new Map<string | undefined, QueueStage>([
  ['review', 'review'], ['approve', 'approve'], ['pay', 'pay'], ['submitted', 'review'], ['checked', 'approve'], ['approved', 'pay'],
])
const stageOf = (s: string | undefined): QueueStage | null => STAGE_OF.get(s) ?? null

/** The stage's claims, and on a desk the open one beside them. */
function useQueue(stage: QueueStage) {
  const fetchPage = useCallback((after?: string) => mutualAidApi.queue(stage, after), [stage])
  const { state, reload, loadMore } = usePaged(fetchPage)
  useShownAgain(() => void reload())
  const desktop = useDesktop()
  const list = useListDetail(state.items.map((r) => r.id), desktop)
  const detail = desktop && list.openKey ? <ClaimDetail key={list.openKey} id={list.openKey} onChanged={() => void reload()} /> : null
  return { detail, close: list.close, body: (
    <PagedList state={state} reload={reload} loadMore={loadMore} empty={<EmptyState title={EMPTY[stage]} hint={HINT[stage]} />}>
      <View className='ma__list'>
        {state.items.map((r) => <ClaimRow key={r.id} row={r} officer on={list.openKey === r.id} onOpen={desktop ? list.open : undefined} />)}
      </View>
    </PagedList>
  ) }
}

function StagePage({ stage, onStage }: { stage: QueueStage; onStage: (s: QueueStage) => void }) {
  const { body, detail, close } = useQueue(stage)
  return (
    <DeskLayout active='mutual-aid' detail={detail} onCloseDetail={close}>
      <View className='ma'>
        <View className='ma__bar'>
          <Text className='section-title'>医疗互助</Text>
          <Tabs tabs={TABS} value={stage} onChange={onStage} />
          <Text className='ma__hint'>{HINT[stage]}</Text>
        </View>
        {body}
      </View>
    </DeskLayout>
  )
}

/**
 * 医疗互助 claims by stage: the union checks documents, the federation approves, then records the payment.
 * `?status=` (a stage — `review`, `approve`, `pay` — or the claim status it waits on — `submitted`, `checked`,
 * `approved`) opens on that stage; otherwise a federation opens 待审批, a union 材料审核.
 */
function QueuePage() {
  const me = useMe()
  const { params } = useRouter()
  const [stage, setStage] = useState<QueueStage | null>(() => stageOf(params.status))
  if (me.state.status === 'loading') return <View className='section muted'>正在加载…</View>
  if (me.state.status === 'error') return <ErrorNotice error={me.state.error} onRetry={() => void me.reload()} />
  const officer = me.state.me.officer
  if (!officer) return <EmptyState title='仅对工会干部开放' />
  const federation = officer.org.type === 'town_federation' || officer.org.type === 'city_federation'
  const current = stage ?? (federation ? 'approve' : 'review')
  return <StagePage key={current} stage={current} onStage={setStage} />
}

export default withTextScale(QueuePage)
