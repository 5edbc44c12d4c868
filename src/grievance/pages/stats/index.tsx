import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import EmptyState from '../../../components/empty-state'
import ErrorNotice from '../../../components/error-notice'
import { useMe } from '../../../hooks/use-me'
import { grievanceApi, type StatsRange } from '../../../services/grievance'
import DateRange from '../../components/date-range'
import StatsCard from '../../components/stats-card'
import { useStats } from '../../hooks/use-stats'
import { saveCsv } from '../../save-csv'
import './index.scss'
import DeskLayout from '../../../components/desk-layout'
import { withTextScale } from '../../../components/text-scale'

/** 统计: the officer's org (everything below it included) and each direct child, over an optional date range. */
function Stats() {
  const me = useMe()
  const officer = me.state.status === 'ready' ? me.state.me.officer : null
  const [range, setRange] = useState<StatsRange>({})
  const { state, reload } = useStats(officer?.orgId ?? null, range)
  const [exporting, setExporting] = useState(false)

  if (me.state.status === 'loading') return <View className='section muted'>正在加载…</View>
  if (me.state.status === 'error') return <ErrorNotice error={me.state.error} onRetry={() => void me.reload()} />
  if (!officer) return <EmptyState title='统计仅对工会干部开放' />

  async function exportCsv() {
    if (!officer) return
    setExporting(true)
    const res = await grievanceApi.statsCsv(officer.orgId, range)
    const saved = res.ok ? await saveCsv(res.data.filename, res.data.csv).catch(() => false) : false
    setExporting(false)
    const title = saved ? '已导出' : res.ok ? '导出失败，请稍后重试' : res.error.message
    void Taro.showToast({ title, icon: saved ? 'success' : 'none' })
  }

  const data = state.data
  return (
    <View className='stats'>
      <DateRange range={range} onChange={setRange} />
      {state.error ? <ErrorNotice error={state.error} onRetry={() => void reload()} /> : null}
      {state.status === 'loading' && !data ? <View className='section muted'>正在统计…</View> : null}
      {data ? (
        <View>
          <Text className='muted stats__note'>
            共 {data.cases} 件诉求。比率在不足 5 件时不计算，以免指向具体的人。“超时未受理被升级”计在没有按时受理的组织名下；已升到本组织以上的诉求，在上级的统计中计算。
            {data.truncated ? '数据量过大，仅统计了部分诉求。' : ''}
          </Text>
          <StatsCard row={data.org} rolledUp />
          {data.children.length ? <Text className='stats__title'>下级组织</Text> : null}
          {data.children.map((row) => <StatsCard key={row.org.id} row={row} rolledUp />)}
          <View className='section'>
            <Button block type='primary' loading={exporting} disabled={exporting} onClick={() => void exportCsv()}>导出 CSV</Button>
          </View>
        </View>
      ) : null}
    </View>
  )
}

/** On a desk, beside the officer's navigation. */
function StatsPage() {
  return (
    <DeskLayout active='stats'>
      <Stats />
    </DeskLayout>
  )
}

export default withTextScale(StatsPage)
