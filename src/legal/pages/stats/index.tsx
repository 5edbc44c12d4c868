import { useCallback, useEffect, useRef, useState } from 'react'
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { ErrorBody } from '../../../../types/envelope'
import DeskLayout from '../../../components/desk-layout'
import EmptyState from '../../../components/empty-state'
import ErrorNotice from '../../../components/error-notice'
import { useMe } from '../../../hooks/use-me'
import { legalDeskApi, type LegalStatsReply, type StatsRange } from '../../../services/legal'
import { saveCsv } from '../../../services/save-csv'
import DateField from '../../components/date-field'
import LegalStatsCard from './stats-card'
import { withTextScale } from '../../../components/text-scale'
import '../../legal.scss'
import '../../desk.scss'
import './index.scss'

/** 法律服务统计: the officer's org (its subtree rolled up) and each town below it, over an optional date range; CSV. */
function LegalStatsPage() {
  const me = useMe()
  const orgId = me.state.status === 'ready' ? me.state.me.officer?.orgId ?? null : null
  const [range, setRange] = useState<StatsRange>({})
  const [state, setState] = useState<{ data: LegalStatsReply | null; error: ErrorBody | null; loading: boolean }>({ data: null, error: null, loading: true })
  const [exporting, setExporting] = useState(false)
  const seq = useRef(0)
  const load = useCallback(async () => {
    if (!orgId) return
    const mine = ++seq.current
    setState((s) => ({ ...s, loading: true, error: null }))
    const res = await legalDeskApi.stats(orgId, range)
    if (mine === seq.current) setState(res.ok ? { data: res.data, error: null, loading: false } : { data: null, error: res.error, loading: false })
  }, [orgId, range])
  useEffect(() => void load(), [load])

  if (me.state.status === 'loading') return <View className='section muted'>正在加载…</View>
  if (me.state.status === 'error') return <ErrorNotice error={me.state.error} onRetry={() => void me.reload()} />
  if (!orgId) return <EmptyState title='统计仅对工会干部开放' />

  const exportCsv = async () => {
    setExporting(true)
    const res = await legalDeskApi.statsCsv(orgId, range)
    const saved = res.ok ? await saveCsv(res.data.filename, res.data.csv).catch(() => false) : false
    setExporting(false)
    void Taro.showToast({ title: saved ? '已导出' : res.ok ? '导出失败，请稍后重试' : res.error.message, icon: saved ? 'success' : 'none' })
  }
  const noFields = {}
  const data = state.data
  return (
    <DeskLayout active='legal-stats'>
      <View className='legal ldesk'>
        <View className='section lstats__range'>
          <DateField label='开始日期（不填为不限）' value={range.from ?? ''} onChange={(d) => setRange((r) => ({ ...r, from: d }))} fields={noFields} name='from' />
          <DateField label='结束日期（不填为至今）' value={range.to ?? ''} onChange={(d) => setRange((r) => ({ ...r, to: d }))} fields={state.error?.fields ?? noFields} name='to' />
          {range.from || range.to ? <View className='link' onClick={() => setRange({})}>清除日期</View> : null}
        </View>
        {state.error && !state.error.fields ? <ErrorNotice error={state.error} onRetry={() => void load()} /> : null}
        {state.loading && !data ? <View className='section muted'>正在统计…</View> : null}
        {data ? (
          <View>
            <Text className='muted lstats__note'>
              按提问日期统计。比率在不足 5 件时不计算，以免指向具体的人。镇（街道）超时转到市里的咨询，计入该镇的“超时未答复”。
              {data.truncated ? '数据量过大，仅统计了部分咨询。' : ''}
            </Text>
            <View className='ldesk__list'>
              <LegalStatsCard row={data.org} />
              {data.children.map((row) => <LegalStatsCard key={row.org.id} row={row} />)}
            </View>
            <View className='section'>
              <Button block type='primary' loading={exporting} disabled={exporting} onClick={() => void exportCsv()}>导出 CSV</Button>
            </View>
          </View>
        ) : null}
      </View>
    </DeskLayout>
  )
}

export default withTextScale(LegalStatsPage)
