import { View, Text } from '@tarojs/components'
import type { RadarRowView } from '../../../../types/radar-labels'
import DataTable, { type Column } from '../../../components/data-table'
import type { ListDetail } from '../../../hooks/use-list-detail'
import { useSortedRows } from '../../../hooks/use-sorted-rows'
import { reasonsLine, timeLabel } from './use-radar'

const COLUMNS: Column<RadarRowView>[] = [
  { key: 'name', title: '企业', grow: 2.4, cell: (r) => r.name, sortValue: (r) => r.name },
  { key: 'score', title: '风险分', grow: 0.8, sortValue: (r) => r.score,
    cell: (r) => <Text className={r.overThreshold ? 'radar__score--over' : ''}>{r.score}</Text> },
  { key: 'reasons', title: '原因', grow: 4.5, cell: reasonsLine },
  { key: 'lastVisit', title: '最近体检', grow: 1.2, cell: (r) => r.lastVisit ?? '未体检', sortValue: (r) => r.lastVisit ?? '' },
  { key: 'alertedAt', title: '预警', grow: 1.2, cell: (r) => (r.alertedAt ? timeLabel(r.alertedAt) : '—'), sortValue: (r) => r.alertedAt ?? '' },
]

type Props = { rows: RadarRowView[]; more: boolean; pick: ListDetail }

/** The ranked list at a desk: highest score first until a header is tapped; a row opens beside it. */
export default function RadarTable({ rows, more, pick }: Props) {
  const { sorted, sort, toggle } = useSortedRows(rows, COLUMNS)
  return (
    <View className='radar__table'>
      <DataTable columns={COLUMNS} rows={sorted} rowKey={(r) => r.enterpriseId} sort={sort} onSort={toggle} more={more}
        openKey={pick.openKey} cursor={pick.cursor} onOpen={(r) => pick.open(r.enterpriseId)}
        rowClass={(r) => (r.overThreshold ? 'radar__trow--over' : '')}
      />
    </View>
  )
}
