import { View, Text } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import BarChart from '../../../components/chart'
import DeskLayout from '../../../components/desk-layout'
import EmptyState from '../../../components/empty-state'
import ErrorNotice from '../../../components/error-notice'
import { DASHBOARD_TITLE, EMPTY_TEXT, TREND_LABELS } from '../../../../types/dashboard-labels'
import type { DashboardView } from '../../../services/dashboard'
import { dashboardSections, trendSeries } from '../../cards'
import { useDashboard } from '../../hooks/use-dashboard'
import './index.scss'
import { withTextScale } from '../../../components/text-scale'

const open = (url: string) => void Taro.navigateTo({ url })
const whole = (v: number) => v.toLocaleString('zh-CN')

function Cards({ view }: { view: DashboardView }) {
  return (
    <View className='dash__sections'>
      {dashboardSections(view).map((s) => (
        <View key={s.key} className='dash__section' role='region' aria-label={s.title}>
          <Text className='dash__section-title'>{s.title}</Text>
          <View className='dash__cards'>
            {s.cards.map((c) => (
              <View key={c.key} className='dash__card' role='link' data-url={c.url} aria-label={`${c.label} ${c.value}，查看列表`} onClick={() => open(c.url)}>
                <Text className='dash__value'>{c.value}</Text>
                <Text className='dash__label'>{c.label}</Text>
              </View>
            ))}
          </View>
        </View>
      ))}
    </View>
  )
}

function Charts({ view }: { view: DashboardView }) {
  const t = trendSeries(view)
  return (
    <View className='dash__charts'>
      <BarChart title={TREND_LABELS.grievancesReceived} points={t.grievancesReceived} />
      <BarChart title={TREND_LABELS.onTimeAcceptRate} points={t.onTimeAcceptRate} max={100} format={(v) => `${v}%`} />
      <BarChart title={TREND_LABELS.answeredWithin24hRate} points={t.answeredWithin24hRate} max={100} format={(v) => `${v}%`} />
      <BarChart title={TREND_LABELS.mutualAidPaid} points={t.mutualAidPaid} format={whole} />
    </View>
  )
}

function Dashboard() {
  const { params } = useRouter()
  const { state, reload } = useDashboard(params.orgId)
  if (state.status === 'loading') return <View className='section muted'>正在加载…</View>
  if (state.status === 'error') return <ErrorNotice error={state.error} onRetry={() => void reload()} />
  const { view } = state
  return (
    <View className='dash'>
      <View className='dash__head'>
        <Text className='dash__org'>{view.org.name} · {DASHBOARD_TITLE}</Text>
        <Text className='muted'>{view.computedAt ? `数据更新于 ${view.computedAt.slice(0, 16).replace('T', ' ')}（每小时更新）` : '尚未统计'}</Text>
      </View>
      {view.computedAt ? null : <EmptyState title='暂无统计数据' hint={EMPTY_TEXT} />}
      <Cards view={view} />
      <Charts view={view} />
    </View>
  )
}

/** 工作看板: one page per org, rolled up over its subtree; on a desk, beside the officer's navigation. */
function DashboardPage() {
  return (
    <DeskLayout active='dashboard'>
      <Dashboard />
    </DeskLayout>
  )
}

export default withTextScale(DashboardPage)
