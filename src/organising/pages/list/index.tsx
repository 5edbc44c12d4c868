import { useCallback, useState } from 'react'
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ORGANISING_STATUS_LABELS, ORGANISING_STATUSES, type OrganisingStatus } from '../../../../types/organising-labels'
import DeskLayout from '../../../components/desk-layout'
import EmptyState from '../../../components/empty-state'
import ErrorNotice from '../../../components/error-notice'
import PagedList from '../../../components/paged-list'
import { useDesktop } from '../../../hooks/use-desktop'
import { useListDetail } from '../../../hooks/use-list-detail'
import { useMe } from '../../../hooks/use-me'
import { usePaged } from '../../../hooks/use-paged'
import { useTowns } from '../../../hooks/use-towns'
import { organisingApi } from '../../../services/organising'
import { EntryDetail } from '../../components/entry-detail'
import ListTable from './list-table'
import '../../organising.scss'
import { withTextScale } from '../../../components/text-scale'

const OPEN_STATUSES = ORGANISING_STATUSES.filter((s) => s !== 'union_founded' && s !== 'joined_joint_union')

function Chips<T extends string>({ items, value, label, onChange }: { items: T[]; value: T | null; label: (t: T) => string; onChange: (t: T | null) => void }) {
  return (
    <View className='org__filters'>
      <Text className={`org__chip ${value === null ? 'org__chip--on' : ''}`} onClick={() => onChange(null)}>全部</Text>
      {items.map((t) => <Text key={t} className={`org__chip ${value === t ? 'org__chip--on' : ''}`} onClick={() => onChange(t)}>{label(t)}</Text>)}
    </View>
  )
}

function List({ townId, openid, admin }: { townId: string | undefined; openid: string; admin: boolean }) {
  const [status, setStatus] = useState<OrganisingStatus | null>(null)
  const fetchPage = useCallback((cursor?: string) => organisingApi.list({ ...(townId ? { townId } : {}), ...(status ? { status } : {}), ...(cursor ? { cursor } : {}) }), [townId, status])
  const { state, reload, loadMore } = usePaged(fetchPage)
  const desktop = useDesktop()
  const pick = useListDetail(state.items.map((r) => r.creditCode), desktop)
  const detail = desktop && pick.openKey ? <EntryDetail key={pick.openKey} creditCode={pick.openKey} openid={openid} admin={admin} onChanged={() => void reload()} /> : null
  const open = (code: string) => void Taro.navigateTo({ url: `/organising/pages/entry/index?creditCode=${encodeURIComponent(code)}` })
  return (
    <DeskLayout active='organising' detail={detail} onCloseDetail={pick.close}>
      <View className='org'>
        <Text className='section-title'>建会清单</Text>
        <Text className='org__muted'>参保 25 人以上、尚未建立工会也未纳入联合工会的企业，参保人数多的在前。</Text>
        <Chips items={OPEN_STATUSES} value={status} label={(s) => ORGANISING_STATUS_LABELS[s]} onChange={setStatus} />
        <PagedList state={state} reload={reload} loadMore={loadMore} empty={<EmptyState title='清单中没有待建会的企业' hint='导入参保清单后，这里列出参保 25 人以上的未建会企业' />}>
          {desktop ? <ListTable rows={state.items} more={!!state.next} pick={pick} /> : state.items.map((r) => (
            <View key={r.creditCode} className='org__row' onClick={() => open(r.creditCode)}>
              <Text>{r.name}{r.inDirectory ? '' : '（未入库）'}</Text>
              <Text className='org__muted'>参保 {r.insured} 人 · {ORGANISING_STATUS_LABELS[r.status]} · {r.organiserName ?? '未指定联系人'}</Text>
            </View>
          ))}
        </PagedList>
      </View>
    </DeskLayout>
  )
}

/** 建会清单: a town's (the city: a chosen town's) enterprises to organise, filtered by status. */
function ListPage() {
  const me = useMe()
  const towns = useTowns()
  const [townId, setTownId] = useState<string | null>(null)
  if (me.state.status === 'loading') return <View className='section muted'>正在加载…</View>
  if (me.state.status === 'error') return <ErrorNotice error={me.state.error} onRetry={() => void me.reload()} />
  const officer = me.state.me.officer
  if (!officer) return <EmptyState title='仅对工会干部开放' />
  const city = officer.org.type === 'city_federation'
  const chosen = city ? (townId ?? towns[0]?.id ?? null) : undefined
  if (city && !chosen) return <View className='section muted'>正在加载镇街…</View>
  return (
    <View>
      {city && <Chips items={towns.map((t) => t.id)} value={chosen ?? null} label={(id) => towns.find((t) => t.id === id)?.name ?? id} onChange={(t) => setTownId(t)} />}
      <List key={chosen ?? 'own'} townId={chosen ?? undefined} openid={me.state.me.openid} admin={officer.role === 'admin'} />
    </View>
  )
}

export default withTextScale(ListPage)
