import { useState } from 'react'
import { View, Text, Button } from '@tarojs/components'
import { RADAR_TEXT } from '../../../../types/radar-labels'
import DeskLayout from '../../../components/desk-layout'
import EmptyState from '../../../components/empty-state'
import ErrorNotice from '../../../components/error-notice'
import { useDesktop } from '../../../hooks/use-desktop'
import { useListDetail } from '../../../hooks/use-list-detail'
import { useMe } from '../../../hooks/use-me'
import { useTowns } from '../../../hooks/use-towns'
import RadarDetail from './radar-detail'
import RadarTable from './radar-table'
import { reasonsLine, timeLabel, useRadar } from './use-radar'
import './index.scss'
import { withTextScale } from '../../../components/text-scale'

/**
 * 企业风险雷达 (issue 13 §3): a town federation's enterprises ranked by risk over 90 days, with the reasons, the last
 * 法律体检 and the last alert; a city officer picks the town. At a desk a table with the enterprise beside it; on a
 * phone cards that open in place.
 */
function Radar({ townId, towns, onTown }: { townId: string; towns: { id: string; name: string }[]; onTown: (id: string) => void }) {
  const { state, reload, loadMore } = useRadar(townId)
  const desktop = useDesktop()
  const rows = state.status === 'ready' ? state.rows : []
  const pick = useListDetail(rows.map((r) => r.enterpriseId), desktop)
  const [opened, setOpened] = useState<string | null>(null)
  const openRow = rows.find((r) => r.enterpriseId === pick.openKey)
  const detail = desktop && openRow ? <RadarDetail key={openRow.enterpriseId} townId={townId} row={openRow} onSaved={() => reload()} /> : null

  let body
  if (state.status === 'loading') body = <Text className='muted'>正在加载…</Text>
  else if (state.status === 'error') body = <ErrorNotice error={state.error} onRetry={() => void reload()} />
  else if (rows.length === 0) body = <EmptyState title={RADAR_TEXT.noRows} hint='诉求、欠薪零报告和参保人数变化会在这里按风险排序。' />
  else if (desktop) body = <RadarTable rows={rows} more={!!state.view.next} pick={pick} />
  else body = rows.map((r) => (
    <View key={r.enterpriseId} className={`radar-card ${r.overThreshold ? 'radar-card--over' : ''}`}>
      <View className='radar-card__head' onClick={() => setOpened(opened === r.enterpriseId ? null : r.enterpriseId)}>
        <Text className='radar-card__name'>{r.name}</Text>
        <Text className={`radar-card__score ${r.overThreshold ? 'radar__score--over' : ''}`}>{r.score} 分</Text>
        <Text className='radar-card__reasons'>{reasonsLine(r)}</Text>
        <Text className='muted'>最近体检：{r.lastVisit ?? '未体检'}</Text>
      </View>
      {opened === r.enterpriseId ? <RadarDetail townId={townId} row={r} onSaved={() => reload()} /> : null}
    </View>
  ))

  return (
    <DeskLayout active='radar' detail={detail} onCloseDetail={pick.close}>
      <View className='radar'>
        <Text className='radar__heading'>{RADAR_TEXT.title}</Text>
        {towns.length > 1 ? (
          <View className='radar__towns' role='tablist' aria-label='镇街'>
            {towns.map((t) => (
              <View key={t.id} role='tab' aria-selected={t.id === townId} className={`radar__town ${t.id === townId ? 'radar__town--on' : ''}`} onClick={() => onTown(t.id)}>{t.name}</View>
            ))}
          </View>
        ) : null}
        {state.status === 'ready' ? (
          <View className='radar__meta'>
            <Text className='muted'>
              {state.view.townName} · 近{state.view.windowDays}天 · 预警线 {state.view.threshold} 分 · 有风险信号 {state.view.total} 家 · 截至 {timeLabel(state.view.computedAt)}
            </Text>
            <Button size='mini' className='radar__refresh' onClick={() => void reload(true)}>{RADAR_TEXT.refresh}</Button>
          </View>
        ) : null}
        {body}
        {state.status === 'ready' && state.view.next ? <Button className='radar__more' onClick={() => void loadMore()}>加载更多</Button> : null}
      </View>
    </DeskLayout>
  )
}

function RadarPage() {
  const { state } = useMe()
  const towns = useTowns()
  const [picked, setPicked] = useState<string | null>(null)
  if (state.status === 'loading') return <View className='section muted'>正在加载…</View>
  if (state.status === 'error') return <ErrorNotice error={state.error} />
  const officer = state.me.officer
  const type = officer?.org.type
  if (!officer || (type !== 'town_federation' && type !== 'city_federation') || officer.role === 'lawyer')
    return <EmptyState title='风险雷达仅供镇（街道）总工会和市总工会使用' />
  // A town sees its own town; the city picks one of its towns (the first until another is chosen).
  const choices = type === 'town_federation' ? [officer.org] : towns.filter((t) => t.parentId === officer.orgId)
  const townId = type === 'town_federation' ? officer.orgId : picked ?? choices[0]?.id ?? null
  if (!townId) return <View className='section muted'>正在加载镇街…</View>
  return <Radar townId={townId} towns={choices} onTown={setPicked} />
}

export default withTextScale(RadarPage)
