import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { DIRECT_GROUP_LABEL, monthLabel, yuanLabel, type BoardRowView } from '../../../../types/arrears-labels'
import DataTable, { type Column } from '../../../components/data-table'
import { useSortedRows } from '../../../hooks/use-sorted-rows'
import StateBadge from '../../components/state-badge'
import { caseUrl } from '../../links'

const openCase = (id: string) => void Taro.navigateTo({ url: caseUrl(id) })
const STATE_ORDER = { arrears: 0, overdue: 1, missing: 2, filed: 3 }

function columns(names: Record<string, string>): Column<BoardRowView>[] {
  return [
    { key: 'group', title: '片区', grow: 1.4, cell: (r) => (r.groupId ? names[r.groupId] : DIRECT_GROUP_LABEL), sortValue: (r) => r.groupId ?? '~' },
    { key: 'name', title: '企业', grow: 2.6, cell: (r) => r.enterpriseName, sortValue: (r) => r.enterpriseName },
    { key: 'filer', title: '报送单位', grow: 1.8, cell: (r) => names[r.filerOrgId] ?? r.filerOrgId },
    { key: 'state', title: '状态', grow: 1.2, sortValue: (r) => STATE_ORDER[r.state],
      cell: (r) => <View><StateBadge state={r.state} />{r.late ? <Text className='muted'>逾期报送</Text> : null}</View> },
    { key: 'owed', title: '欠薪', grow: 2, sortValue: (r) => r.amount ?? -1,
      cell: (r) => (r.workers ? `${r.workers} 人 · ${yuanLabel(r.amount ?? 0)} 元 · 自${monthLabel(r.since ?? '')}` : '—') },
    { key: 'case', title: '预警诉求', grow: 1, cell: (r) => (r.caseId ? <Text className='arr__link' onClick={(e) => { e.stopPropagation(); openCase(r.caseId!) }}>查看 ›</Text> : '—') },
  ]
}

/** The board's rows at a desk: sortable, a row with an early-warning case opens that case. */
export default function BoardTable({ rows, names, more }: { rows: BoardRowView[]; names: Record<string, string>; more: boolean }) {
  const cols = columns(names)
  const { sorted, sort, toggle } = useSortedRows(rows, cols)
  return (
    <DataTable columns={cols} rows={sorted} rowKey={(r) => r.enterpriseId} sort={sort} onSort={toggle} more={more}
      onOpen={(r) => (r.caseId ? openCase(r.caseId) : undefined)}
      rowClass={(r) => (r.state === 'arrears' ? 'arr__row--arrears' : r.state === 'overdue' ? 'arr__row--overdue' : '')}
    />
  )
}
