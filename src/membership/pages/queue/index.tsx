import { useState } from 'react'
import { View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import EmptyState from '../../../components/empty-state'
import PagedList from '../../../components/paged-list'
import Tabs from '../../../components/tabs'
import { useDesktop } from '../../../hooks/use-desktop'
import { useShownAgain } from '../../../hooks/use-shown-again'
import { QUEUE_TABS, useApplicationQueue, type QueueTab } from '../../hooks/use-application-queue'
import MemberRoster from './member-roster'
import MembershipQueueDesk from './queue-desk'
import QueueRow from './queue-row'
import { withTextScale } from '../../../components/text-scale'
import './index.scss'

type Tab = QueueTab | 'members'
const TABS: [Tab, string][] = [...QUEUE_TABS, ['members', '会员名单']]
const EMPTY: Record<QueueTab, string> = {
  pending: '没有待审核的入会申请', overdue: '没有超期的申请', approved: '还没有通过的申请', rejected: '没有未通过的申请',
}

function Applications({ tab }: { tab: QueueTab }) {
  const { state, reload, loadMore } = useApplicationQueue(tab)
  // Back from a review: the decided application moves to another tab.
  useShownAgain(() => void reload())
  return (
    <PagedList state={state} reload={reload} loadMore={loadMore}
      empty={<EmptyState title={EMPTY[tab]} hint='新的申请到达后会出现在这里，按审核期限先后排列。' />}
    >
      {state.items.map((item) => <QueueRow key={item.id} item={item} />)}
    </PagedList>
  )
}

const isTab = (s: string | undefined): s is Tab => TABS.some(([t]) => t === s)
const yes = (s: string | undefined) => s === '1' || s === 'true'

/**
 * The tab a link asks for (e.g. a 工作看板 number): `?overdue=1` opens 超期, `?status=` a tab (`pending`, `approved`,
 * `rejected`, `overdue`, `members`); anything else opens 待审核.
 */
function tabFromParams(params: Partial<Record<string, string>>): Tab {
  if (yes(params.overdue)) return 'overdue'
  return isTab(params.status) ? params.status : 'pending'
}

/** 入会审核: the union's applications by tab, nearest review-by first, and the member roster; a table at a desk. */
function MembershipQueuePage() {
  const { params } = useRouter()
  const [tab, setTab] = useState<Tab>(() => tabFromParams(params))
  const desktop = useDesktop()
  if (desktop) return <MembershipQueueDesk tabs={TABS} tab={tab} onTab={setTab} empty={EMPTY} />
  return (
    <View className='mqueue'>
      <Tabs tabs={TABS} value={tab} onChange={setTab} />
      {tab === 'members' ? <MemberRoster /> : <Applications key={tab} tab={tab} />}
    </View>
  )
}

export default withTextScale(MembershipQueuePage)
