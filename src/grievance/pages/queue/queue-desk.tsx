import { View, Text } from '@tarojs/components'
import { CATEGORY_LABELS, GRIEVANCE_STATUSES, STATUS_LABELS } from '../../../../types/grievance-labels'
import DataTable, { type Column } from '../../../components/data-table'
import DeskLayout from '../../../components/desk-layout'
import EmptyState from '../../../components/empty-state'
import PagedList from '../../../components/paged-list'
import Tabs from '../../../components/tabs'
import { useListDetail } from '../../../hooks/use-list-detail'
import { useSortedRows } from '../../../hooks/use-sorted-rows'
import type { QueueItem } from '../../../services/grievance'
import { QUEUE_TABS, type QueueTab, type useQueue } from '../../hooks/use-queue'
import CaseView from '../case/case-view'
import { deadlineText } from './queue-card'

const late = (item: QueueItem) => item.late || item.overdue
/** "受理 12月8日 24:00": the column says 期限, the word says which one. */
const deadlineCell = (item: QueueItem) => deadlineText(item).replace(/期限 /, ' ')

function Flags({ item }: { item: QueueItem }) {
  const flags = [item.earlyWarning ? '欠薪预警' : null, item.urgent ? '紧急' : null, item.supervisedForMe ? '本级督办' : item.supervised ? '上级督办中' : null, late(item) ? '已超时' : null]
  return <Text className='queue__flags'>{flags.filter(Boolean).join(' · ')}</Text>
}

const COLUMNS: Column<QueueItem>[] = [
  { key: 'deadline', title: '期限', grow: 2.2, cell: deadlineCell, sortValue: (i) => (i.status === 'pending' ? i.acceptBy : i.resolveBy) },
  { key: 'category', title: '类别', grow: 1.2, cell: (i) => CATEGORY_LABELS[i.category] ?? i.category, sortValue: (i) => CATEGORY_LABELS[i.category] ?? i.category },
  { key: 'enterprise', title: '单位', grow: 3, cell: (i) => i.enterpriseName ?? '单位未填写', sortValue: (i) => i.enterpriseName },
  { key: 'status', title: '状态', grow: 1.2, cell: (i) => STATUS_LABELS[i.status] ?? i.status, sortValue: (i) => GRIEVANCE_STATUSES.indexOf(i.status) },
  { key: 'participants', title: '反映人数', grow: 1, cell: (i) => `${i.participantCount ?? 1} 人`, sortValue: (i) => i.participantCount ?? 1 },
  { key: 'affected', title: '涉及人数', grow: 1, cell: (i) => `${i.affectedCount} 人`, sortValue: (i) => i.affectedCount },
  { key: 'flags', title: '标记', grow: 1.6, cell: (i) => <Flags item={i} /> },
]

type Props = { tab: QueueTab; onTab: (tab: QueueTab) => void; queue: ReturnType<typeof useQueue> }

/** 维权诉求 at a desk: filters, a sortable table with its count and 加载更多, the open case beside it. */
export default function QueueDesk({ tab, onTab, queue }: Props) {
  const { state, reload, loadMore } = queue
  const { sorted, sort, toggle } = useSortedRows(state.items, COLUMNS)
  const list = useListDetail(sorted.map((i) => i.id), true)
  const detail = list.openKey ? <CaseView key={list.openKey} id={list.openKey} onChanged={() => void reload()} /> : null
  return (
    <DeskLayout active='grievance' detail={detail} onCloseDetail={list.close}>
      <View className='queue queue--desk'>
        <Text className='queue__heading'>维权诉求</Text>
        <Tabs tabs={QUEUE_TABS} value={tab} onChange={onTab} />
        <PagedList state={state} reload={reload} loadMore={loadMore}
          empty={<EmptyState title='没有需要办理的诉求' hint='新的诉求到达后会出现在这里，按期限先后排列。' />}
        >
          {sorted.length ? (
            <DataTable columns={COLUMNS} rows={sorted} rowKey={(i) => i.id} sort={sort} onSort={toggle} more={!!state.next}
              openKey={list.openKey} cursor={list.cursor} onOpen={(i) => list.open(i.id)}
              rowClass={(i) => (late(i) ? 'queue__row--late' : '')}
            />
          ) : null}
        </PagedList>
      </View>
    </DeskLayout>
  )
}
