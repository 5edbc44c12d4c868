import { View, Text } from '@tarojs/components'
import type { ReactNode } from 'react'
import { AID_STATUS_LABELS, LEGAL_CATEGORY_LABELS } from '../../../../types/legal-labels'
import { yuanLabel } from '../../../../types/legal/money'
import DataTable, { type Column } from '../../../components/data-table'
import DeskLayout from '../../../components/desk-layout'
import { useListDetail } from '../../../hooks/use-list-detail'
import { useSortedRows } from '../../../hooks/use-sorted-rows'
import type { AidQueueRow } from '../../../services/legal'
import AidCaseView from '../aid/aid-view'
import { deadlineLabel } from '../../../../types/grievance-labels'
import { meansShort } from './queue-card'

const flags = (a: AidQueueRow) => [a.urgent ? '紧急' : null, a.overdue ? '已超期' : null].filter(Boolean).join(' · ')
const COLUMNS: Column<AidQueueRow>[] = [
  { key: 'decideBy', title: '决定期限', grow: 2, cell: (a) => (a.decideBy ? deadlineLabel(a.decideBy) : '暂停（待补充）'), sortValue: (a) => a.decideBy },
  { key: 'category', title: '类别', grow: 1.8, cell: (a) => LEGAL_CATEGORY_LABELS[a.category], sortValue: (a) => LEGAL_CATEGORY_LABELS[a.category] },
  { key: 'applicant', title: '申请人', grow: 2.2, cell: (a) => `${a.applicant.name} · ${a.applicant.phone}` },
  { key: 'claim', title: '金额', grow: 1.6, cell: (a) => yuanLabel(a.claimAmount), sortValue: (a) => a.claimAmount },
  { key: 'means', title: '经济审查', grow: 2, cell: meansShort, sortValue: meansShort },
  { key: 'status', title: '状态', grow: 1.2, cell: (a) => AID_STATUS_LABELS[a.status], sortValue: (a) => a.status },
  { key: 'flags', title: '标记', grow: 1, cell: (a) => <Text className='ldesk__flags'>{flags(a)}</Text> },
]

type Props = { rows: AidQueueRow[]; more: boolean; list: (table: ReactNode) => ReactNode; onChanged: () => void }

/** 法律援助审查 at a desk: a sortable table (urgent first, then decide-by), the open application beside it. */
export default function AidQueueDesk({ rows, more, list, onChanged }: Props) {
  const { sorted, sort, toggle } = useSortedRows(rows, COLUMNS)
  const pick = useListDetail(sorted.map((a) => a.id), true)
  const detail = pick.openKey ? <View className='legal ldesk aid'><AidCaseView key={pick.openKey} id={pick.openKey} onChanged={onChanged} /></View> : null
  return (
    <DeskLayout active='legal-aid' detail={detail} onCloseDetail={pick.close}>
      <View className='legal ldesk'>
        <Text className='ldesk__heading'>法律援助审查</Text>
        {list(sorted.length ? (
          <DataTable columns={COLUMNS} rows={sorted} rowKey={(a) => a.id} sort={sort} onSort={toggle} more={more}
            openKey={pick.openKey} cursor={pick.cursor} onOpen={(a) => pick.open(a.id)}
            rowClass={(a) => (a.urgent || a.overdue ? 'ldesk__trow--late' : '')}
          />
        ) : null)}
      </View>
    </DeskLayout>
  )
}
