import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { DIRECT_GROUP_LABEL, monthLabel, yuanLabel, type BoardRowView } from '../../../../types/arrears-labels'
import StateBadge from '../../components/state-badge'
import { caseUrl } from '../../links'

/** The board's rows on a phone: one card each; a card with an early-warning case opens it. */
export default function BoardCards({ rows, names }: { rows: BoardRowView[]; names: Record<string, string> }) {
  return (
    <View className='arr__history'>
      {rows.map((r) => (
        <View key={r.enterpriseId} className={`arr__report ${r.state === 'arrears' ? 'arr__row--arrears' : r.state === 'overdue' ? 'arr__row--overdue' : ''}`}
          onClick={r.caseId ? () => void Taro.navigateTo({ url: caseUrl(r.caseId!) }) : undefined}
        >
          <View><StateBadge state={r.state} /><Text>{r.enterpriseName}</Text></View>
          <Text className='muted'>{r.groupId ? names[r.groupId] : DIRECT_GROUP_LABEL} · {names[r.filerOrgId] ?? r.filerOrgId}{r.late ? ' · 逾期报送' : ''}</Text>
          {r.workers ? <Text>{r.workers} 人 · {yuanLabel(r.amount ?? 0)} 元 · 自{monthLabel(r.since ?? '')}</Text> : null}
          {r.caseId ? <Text className='arr__link'>查看欠薪预警诉求 ›</Text> : null}
        </View>
      ))}
    </View>
  )
}
