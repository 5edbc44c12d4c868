import { useCallback, useEffect, useRef, useState } from 'react'
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { ErrorBody } from '../../../../types/envelope'
import Choice from '../../../components/choice'
import DeskLayout from '../../../components/desk-layout'
import ErrorNotice from '../../../components/error-notice'
import { mutualAidApi, type StatsReply } from '../../../services/mutual-aid'
import { saveCsv } from '../../../services/save-csv'
import { shanghaiToday } from '../../format'
import StatsCard from './stats-card'
import { withTextScale } from '../../../components/text-scale'
import '../../mutual-aid.scss'

/** 互助统计: the officer's org (rolled up) and the orgs below it, per cover year; CSV without health data or accounts. */
function StatsPage() {
  const thisYear = Number(shanghaiToday().slice(0, 4))
  const [year, setYear] = useState(thisYear)
  const [state, setState] = useState<{ data: StatsReply | null; error: ErrorBody | null; loading: boolean }>({ data: null, error: null, loading: true })
  const [exporting, setExporting] = useState(false)
  const seq = useRef(0)
  const load = useCallback(async () => {
    const mine = ++seq.current
    setState((s) => ({ ...s, loading: true, error: null }))
    const res = await mutualAidApi.stats(year)
    if (mine === seq.current) setState(res.ok ? { data: res.data, error: null, loading: false } : { data: null, error: res.error, loading: false })
  }, [year])
  useEffect(() => void load(), [load])
  const exportCsv = async () => {
    setExporting(true)
    const res = await mutualAidApi.statsCsv(year)
    const saved = res.ok ? await saveCsv(res.data.filename, res.data.csv).catch(() => false) : false
    setExporting(false)
    void Taro.showToast({ title: saved ? '已导出' : res.ok ? '导出失败，请稍后重试' : res.error.message, icon: saved ? 'success' : 'none' })
  }
  const { data } = state
  return (
    <DeskLayout active='mutual-aid'>
      <View className='ma'>
        <View className='section'>
          <Text className='section-title'>保障年度</Text>
          <View className='ma__row'>
            {[thisYear - 1, thisYear, thisYear + 1].map((y) => <Choice key={y} compact title={`${y} 年`} on={year === y} onClick={() => setYear(y)} />)}
          </View>
        </View>
        {state.error ? <ErrorNotice error={state.error} onRetry={() => void load()} /> : null}
        {state.loading && !data ? <View className='section muted'>正在统计…</View> : null}
        {data ? (
          <View>
            <Text className='muted ma__note'>统计不含病情和账号。会费以确认收款为准。</Text>
            <View className='ma__list'>
              <StatsCard row={data.org} />
              {data.children.map((row) => <StatsCard key={row.org.id} row={row} />)}
            </View>
            <View className='ma__actions'>
              <Button block type='primary' loading={exporting} disabled={exporting} onClick={() => void exportCsv()}>导出 CSV</Button>
            </View>
          </View>
        ) : null}
      </View>
    </DeskLayout>
  )
}

export default withTextScale(StatsPage)
