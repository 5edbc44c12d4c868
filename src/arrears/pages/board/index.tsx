import { useState } from 'react'
import { View, Text, Button } from '@tarojs/components'
import { BOARD_STATE_LABELS, BOARD_STATES, dueLabel, monthLabel, yuanLabel, type BoardState, type BoardView } from '../../../../types/arrears-labels'
import DeskLayout from '../../../components/desk-layout'
import EmptyState from '../../../components/empty-state'
import ErrorNotice from '../../../components/error-notice'
import { withTextScale } from '../../../components/text-scale'
import { useMe } from '../../../hooks/use-me'
import { useTowns } from '../../../hooks/use-towns'
import BoardTable from './board-table'
import BoardCards from './board-cards'
import { useDesktop } from '../../../hooks/use-desktop'
import { lastMonth, shiftMonth, useBoard } from './use-board'
import '../../arrears.scss'

/** `disabled` only when true: Taro's H5 button treats a present `disabled="false"` attribute as disabled. */
const only = (disabled: boolean) => (disabled ? { disabled: true } : {})

function Totals({ view, state, onState }: { view: BoardView; state?: BoardState; onState: (s?: BoardState) => void }) {
  const t = view.totals
  return (
    <View className='arr__totals' role='group' aria-label='合计'>
      <View className={`arr__total ${!state ? 'arr__total--on' : ''}`} onClick={() => onState(undefined)}>全部 {t.enterprises} 家</View>
      {BOARD_STATES.map((s) => (
        <View key={s} role='button' aria-pressed={state === s} className={`arr__total ${state === s ? 'arr__total--on' : ''}`} onClick={() => onState(s)}>
          {BOARD_STATE_LABELS[s]} {t[s]}
        </View>
      ))}
      {t.arrears ? <View className='arr__total'>欠薪合计 {t.workers} 人 · {yuanLabel(t.amount)} 元</View> : null}
    </View>
  )
}

/**
 * 欠薪零报告看板 (issue 13 §1): a town federation's month — every enterprise of its subtree filed / 未报 / 逾期 / 有欠薪,
 * by area committee, with totals, the winter campaign before the Spring Festival highlighted, CSV; an early-warning
 * case opens from its row. A city officer picks the town.
 */
function Board({ orgId, towns, onTown }: { orgId?: string; towns: { id: string; name: string }[]; onTown: (id: string) => void }) {
  const [month, setMonth] = useState(lastMonth())
  const [state, setState] = useState<BoardState | undefined>()
  const [groupId, setGroupId] = useState<string | undefined>()
  const [note, setNote] = useState('')
  const b = useBoard(orgId, { month, state, groupId })
  const desktop = useDesktop()
  const v = b.view
  return (
    <View className='arr'>
      <Text className='arr__title'>欠薪零报告看板{v ? ` · ${v.orgName}` : ''}</Text>
      {towns.length ? (
        <View className='arr__groups' role='tablist' aria-label='镇街'>
          {towns.map((t) => <View key={t.id} role='tab' aria-selected={t.id === orgId} className={`arr__group ${t.id === orgId ? 'arr__group--on' : ''}`} onClick={() => onTown(t.id)}>{t.name}</View>)}
        </View>
      ) : null}
      <View className='arr__bar'>
        <Button size='mini' className='arr__btn' onClick={() => setMonth(shiftMonth(month, -1))} {...only(month <= shiftMonth(lastMonth(), -11))}>‹ 上月</Button>
        <View className='arr__label' role='heading'>{monthLabel(month)}</View>
        <Button size='mini' className='arr__btn' onClick={() => setMonth(shiftMonth(month, 1))} {...only(month >= lastMonth())}>下月 ›</Button>
        {v ? <Text className='muted'>截止 {dueLabel(v.dueBy)}</Text> : null}
        <Button size='mini' className='arr__btn' onClick={() => void b.download().then(setNote)}>导出 CSV</Button>
        {note ? <View className='muted' role='status'>{note}</View> : null}
      </View>
      {v?.winterCampaign ? <Text className='arr__winter'>冬季根治欠薪专项行动：春节（{v.winterCampaign.festival}）前两个月，请重点关注</Text> : null}
      {b.error ? <ErrorNotice error={b.error} onRetry={() => void b.reload()} /> : null}
      {v ? (
        <View className='arr'>
          <Totals view={v} state={state} onState={setState} />
          <View className='arr__groups' role='tablist' aria-label='片区'>
            <View role='tab' aria-selected={!groupId} className={`arr__group ${!groupId ? 'arr__group--on' : ''}`} onClick={() => setGroupId(undefined)}>全部片区</View>
            {v.groups.map((g) => {
              const id = g.id ?? 'direct'
              return <View key={id} role='tab' aria-selected={groupId === id} className={`arr__group ${groupId === id ? 'arr__group--on' : ''}`} onClick={() => setGroupId(id)}>
                {g.name}（{g.totals.enterprises} 家，有欠薪 {g.totals.arrears}，逾期 {g.totals.overdue}）
              </View>
            })}
          </View>
          {v.rows.length === 0 ? <EmptyState title='没有符合条件的企业' /> : desktop ? <BoardTable rows={v.rows} names={v.names} more={v.next !== null} /> : <BoardCards rows={v.rows} names={v.names} />}
          {v.next !== null ? <Button onClick={() => void b.more()} {...only(b.loading)}>加载更多（共 {v.matched} 家）</Button> : null}
        </View>
      ) : b.loading ? <Text className='muted'>正在加载…</Text> : null}
    </View>
  )
}

function BoardPage() {
  const me = useMe()
  const towns = useTowns()
  const [town, setTown] = useState<string | undefined>()
  let body
  if (me.state.status === 'loading') body = <View className='section muted'>正在加载…</View>
  else if (me.state.status === 'error') body = <ErrorNotice error={me.state.error} onRetry={() => void me.reload()} />
  else if (!me.state.me.officer) body = <EmptyState title='仅对工会干部开放' />
  else {
    const aboveTowns = me.state.me.officer.org.townId === null
    const orgId = aboveTowns ? town ?? towns[0]?.id : undefined
    body = aboveTowns && !orgId ? <View className='section muted'>正在加载镇街…</View>
      : <Board key={orgId ?? 'own'} orgId={orgId} towns={aboveTowns ? towns : []} onTown={setTown} />
  }
  return <DeskLayout active='arrears'>{body}</DeskLayout>
}

export default withTextScale(BoardPage)
