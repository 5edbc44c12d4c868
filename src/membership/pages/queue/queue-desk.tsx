import type { ReactNode } from 'react'
import { View, Text } from '@tarojs/components'
import { APPLICATION_STATUS_LABELS } from '../../../../types/membership-labels'
import type { ApplicationQueueItemView as Item } from '../../../../types/membership-views'
import DataTable, { type Column } from '../../../components/data-table'
import DeskLayout from '../../../components/desk-layout'
import EmptyState from '../../../components/empty-state'
import PagedList from '../../../components/paged-list'
import Tabs from '../../../components/tabs'
import { useListDetail } from '../../../hooks/use-list-detail'
import { useShownAgain } from '../../../hooks/use-shown-again'
import { useSortedRows } from '../../../hooks/use-sorted-rows'
import { useApplicationQueue, type QueueTab } from '../../hooks/use-application-queue'
import { workplaceText } from '../../components/workplace-text'
import ReviewView from '../review/review-view'
import MemberRoster from './member-roster'

type Tab = QueueTab | 'members'

const late = (a: Item) => a.status === 'pending' && (a.late || a.overdue)
const flags = (a: Item) =>
  [a.kind === 'transfer' ? '会籍转接' : null, a.routeReason === 'ESCALATED' ? '下级超期转来' : null, a.employerBlind ? '不惊动单位' : null, late(a) ? '已超期' : null]
    .filter(Boolean).join(' · ')

const COLUMNS: Column<Item>[] = [
  { key: 'deadline', title: '审核期限', grow: 1.8, cell: (a) => `${a.reviewByLabel}${a.reviewByEstimated ? '（预计）' : ''}`, sortValue: (a) => a.reviewBy },
  { key: 'name', title: '申请人', grow: 1, cell: (a) => a.nameMasked, sortValue: (a) => a.nameMasked },
  { key: 'workplace', title: '工作单位', grow: 3, cell: (a) => workplaceText(a), sortValue: (a) => workplaceText(a) },
  { key: 'kind', title: '类型', grow: 1, cell: (a) => (a.kind === 'transfer' ? '会籍转接' : '入会'), sortValue: (a) => a.kind },
  { key: 'status', title: '状态', grow: 1, cell: (a) => APPLICATION_STATUS_LABELS[a.status], sortValue: (a) => a.status },
  { key: 'flags', title: '标记', grow: 1.8, cell: (a) => <Text className='mqueue__flags'>{flags(a)}</Text> },
]

function Applications({ tab, empty, header }: { tab: QueueTab; empty: string; header: ReactNode }) {
  const { state, reload, loadMore } = useApplicationQueue(tab)
  useShownAgain(() => void reload())
  const { sorted, sort, toggle } = useSortedRows(state.items, COLUMNS)
  const list = useListDetail(sorted.map((a) => a.id), true)
  const detail = list.openKey ? <ReviewView key={list.openKey} id={list.openKey} onChanged={() => void reload()} /> : null
  return (
    <DeskLayout active='membership' detail={detail} onCloseDetail={list.close}>
      {header}
      <PagedList state={state} reload={reload} loadMore={loadMore}
        empty={<EmptyState title={empty} hint='新的申请到达后会出现在这里，按审核期限先后排列。' />}
      >
        {sorted.length ? (
          <DataTable columns={COLUMNS} rows={sorted} rowKey={(a) => a.id} sort={sort} onSort={toggle} more={!!state.next}
            openKey={list.openKey} cursor={list.cursor} onOpen={(a) => list.open(a.id)} rowClass={(a) => (late(a) ? 'mqueue__row--late' : '')}
          />
        ) : null}
      </PagedList>
    </DeskLayout>
  )
}

type Props = { tabs: [Tab, string][]; tab: Tab; onTab: (tab: Tab) => void; empty: Record<QueueTab, string> }

/** 入会审核 at a desk: the tabs, applications as a sortable table with the open one beside it, or the roster. */
export default function MembershipQueueDesk({ tabs, tab, onTab, empty }: Props) {
  const header = (
    <View className='mqueue__bar'>
      <Text className='mqueue__heading'>入会审核</Text>
      <Tabs tabs={tabs} value={tab} onChange={onTab} />
    </View>
  )
  if (tab === 'members') {
    return (
      <DeskLayout active='membership'>
        {header}
        <MemberRoster />
      </DeskLayout>
    )
  }
  return <Applications key={tab} tab={tab} empty={empty[tab]} header={header} />
}
