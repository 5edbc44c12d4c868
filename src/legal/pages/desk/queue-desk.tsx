import { View, Text } from '@tarojs/components'
import type { ReactNode } from 'react'
import DataTable, { type Column } from '../../../components/data-table'
import DeskLayout from '../../../components/desk-layout'
import { useListDetail } from '../../../hooks/use-list-detail'
import { useSortedRows } from '../../../hooks/use-sorted-rows'
import type { DeskQueueRow } from '../../../services/legal'
import ConsultDeskView from '../desk-consultation/consult-desk-view'
import { clockOf, flagsOf, statusText } from './queue-card'

const columns = (now: number): Column<DeskQueueRow>[] => [
  { key: 'answerBy', title: '答复期限', grow: 2.2, sortValue: (c) => c.answerBy,
    cell: (c) => { const clock = clockOf(c, now); return clock ? <Text className={clock.late ? 'ldesk__due--late' : ''}>{clock.text}</Text> : '已答复' } },
  { key: 'category', title: '类别', grow: 1.6, cell: (c) => c.categoryLabel, sortValue: (c) => c.categoryLabel },
  { key: 'enterprise', title: '单位', grow: 2.4, cell: (c) => c.enterpriseName ?? '单位未填写', sortValue: (c) => c.enterpriseName },
  { key: 'status', title: '状态', grow: 1.5, cell: statusText, sortValue: statusText },
  { key: 'privacy', title: '实名', grow: 0.8, cell: (c) => (c.privacy === 'anonymous' ? '匿名' : '实名') },
  { key: 'flags', title: '标记', grow: 1.6, cell: (c) => <Text className='ldesk__flags'>{flagsOf(c, now).join(' · ')}</Text> },
]

type Props = { rows: DeskQueueRow[]; more: boolean; now: number; header: ReactNode; list: (table: ReactNode) => ReactNode; onChanged: () => void }

/** 法律咨询待办 at a desk: a sortable table (earliest answer-by first until a header is tapped), the open one beside it. */
export default function QueueDesk({ rows, more, now, header, list, onChanged }: Props) {
  const cols = columns(now)
  const { sorted, sort, toggle } = useSortedRows(rows, cols)
  const pick = useListDetail(sorted.map((c) => c.id), true)
  const detail = pick.openKey ? <View className='legal ldesk'><ConsultDeskView key={pick.openKey} id={pick.openKey} onChanged={onChanged} /></View> : null
  return (
    <DeskLayout active='legal' detail={detail} onCloseDetail={pick.close}>
      <View className='legal ldesk'>
        <Text className='ldesk__heading'>法律咨询待办</Text>
        {header}
        {list(sorted.length ? (
          <DataTable columns={cols} rows={sorted} rowKey={(c) => c.id} sort={sort} onSort={toggle} more={more}
            openKey={pick.openKey} cursor={pick.cursor} onOpen={(c) => pick.open(c.id)}
            rowClass={(c) => (c.supervised || clockOf(c, now)?.late ? 'ldesk__trow--late' : '')}
          />
        ) : null)}
      </View>
    </DeskLayout>
  )
}
