import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { dueLabel, monthLabel, yuanLabel, type ReportView } from '../../../../types/arrears-labels'
import StateBadge from '../../components/state-badge'
import { caseUrl } from '../../links'

/** The enterprise's reports, newest month first, with the early-warning case each opened. */
export default function History({ reports }: { reports: ReportView[] }) {
  if (reports.length === 0) return <Text className='muted'>还没有报送记录</Text>
  return (
    <View className='arr__history' aria-label='报送记录'>
      {reports.map((r) => (
        <View key={r.id} className='arr__report'>
          <View>
            <StateBadge state={r.arrears ? 'arrears' : 'filed'} />
            <Text>{monthLabel(r.month)}</Text>
            {r.late ? <Text className='muted'>（逾期报送，截止 {dueLabel(r.dueBy)}）</Text> : null}
          </View>
          {r.arrears ? <Text>{r.arrears.workers} 人，{yuanLabel(r.arrears.amount)} 元，自{monthLabel(r.arrears.since)}起：{r.arrears.cause}</Text> : null}
          <Text className='muted'>报送于 {r.filedAt.slice(0, 16).replace('T', ' ')}{r.history.length ? `，此前报送过 ${r.history.length} 次` : ''}</Text>
          {r.caseId ? <Text className='arr__link' onClick={() => void Taro.navigateTo({ url: caseUrl(r.caseId!) })}>查看欠薪预警诉求 ›</Text> : null}
        </View>
      ))}
    </View>
  )
}
