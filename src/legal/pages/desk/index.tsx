import { useCallback, useState, type ReactNode } from 'react'
import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import type { ConsultStatus } from '../../../../types/legal-labels'
import EmptyState from '../../../components/empty-state'
import PagedList from '../../../components/paged-list'
import Tabs from '../../../components/tabs'
import { useDesktop } from '../../../hooks/use-desktop'
import { usePaged } from '../../../hooks/use-paged'
import { useShownAgain } from '../../../hooks/use-shown-again'
import { legalDeskApi } from '../../../services/legal'
import QueueCard from './queue-card'
import QueueDesk from './queue-desk'
import { withTextScale } from '../../../components/text-scale'
import '../../legal.scss'
import '../../desk.scss'

type Tab = 'all' | Exclude<ConsultStatus, 'closed'>
const TABS: [Tab, string][] = [['all', '全部'], ['waiting', '待接单'], ['claimed', '解答中'], ['answered', '已答复']]
const isTab = (s: string | undefined): s is Tab => TABS.some(([t]) => t === s)

/**
 * 法律咨询待办: the org's open consultations, earliest answer-by first, by status, 加载更多; a table at a desk.
 * `?status=` (`waiting`, `claimed`, `answered`) opens on that tab; anything else opens 全部.
 */
function DeskQueuePage() {
  const { params } = useRouter()
  const [tab, setTab] = useState<Tab>(isTab(params.status) ? params.status : 'all')
  const fetchPage = useCallback((after?: string) => legalDeskApi.queue(tab === 'all' ? null : tab, after), [tab])
  const { state, reload, loadMore } = usePaged(fetchPage)
  const desktop = useDesktop()
  useShownAgain(() => void reload())
  const now = Date.now()
  const header = <Tabs tabs={TABS} value={tab} onChange={setTab} />
  const list = (rows: ReactNode) => (
    <PagedList state={state} reload={reload} loadMore={loadMore}
      empty={<EmptyState title={tab === 'all' ? '没有待办的咨询' : `没有${TABS.find(([k]) => k === tab)![1]}的咨询`} hint='新的咨询到达后会出现在这里，答复期限近的在前。' />}
    >
      {rows}
    </PagedList>
  )
  if (desktop) return <QueueDesk rows={state.items} more={!!state.next} now={now} header={header} list={list} onChanged={() => void reload()} />
  return (
    <View className='legal ldesk'>
      {header}
      {list(state.items.map((c) => <QueueCard key={c.id} c={c} now={now} />))}
    </View>
  )
}

export default withTextScale(DeskQueuePage)
