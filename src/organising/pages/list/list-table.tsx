import { View, Text } from '@tarojs/components'
import { ORGANISING_STATUS_LABELS } from '../../../../types/organising-labels'
import DataTable, { type Column } from '../../../components/data-table'
import type { ListDetail } from '../../../hooks/use-list-detail'
import { useSortedRows } from '../../../hooks/use-sorted-rows'
import type { ListItem } from '../../../services/organising'

const COLUMNS: Column<ListItem>[] = [
  { key: 'name', title: '企业', grow: 2.6, cell: (r) => (<Text>{r.name}{r.inDirectory ? '' : '（未入库）'}</Text>), sortValue: (r) => r.name },
  { key: 'insured', title: '参保人数', grow: 0.8, cell: (r) => r.insured, sortValue: (r) => r.insured },
  { key: 'status', title: '状态', grow: 1, cell: (r) => ORGANISING_STATUS_LABELS[r.status], sortValue: (r) => r.status },
  { key: 'area', title: '片区', grow: 0.8, cell: (r) => r.areaId ?? '镇街', sortValue: (r) => r.areaId ?? '' },
  { key: 'organiser', title: '联系人', grow: 1, cell: (r) => r.organiserName ?? '未指定', sortValue: (r) => r.organiserName ?? '' },
  { key: 'next', title: '下次联系', grow: 1, cell: (r) => r.nextContact ?? '—', sortValue: (r) => r.nextContact ?? '' },
]

/** The list at a desk: largest first (the server's order) until a header is tapped; a row opens beside it. */
export default function ListTable({ rows, more, pick }: { rows: ListItem[]; more: boolean; pick: ListDetail }) {
  const { sorted, sort, toggle } = useSortedRows(rows, COLUMNS)
  return (
    <View>
      <DataTable columns={COLUMNS} rows={sorted} rowKey={(r) => r.creditCode} sort={sort} onSort={toggle} more={more}
        openKey={pick.openKey} cursor={pick.cursor} onOpen={(r) => pick.open(r.creditCode)}
      />
    </View>
  )
}
