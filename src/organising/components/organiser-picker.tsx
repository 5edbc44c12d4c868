import { useState } from 'react'
import { View, Text } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import Choice from '../../components/choice'
import EmptyState from '../../components/empty-state'
import ErrorNotice from '../../components/error-notice'
import type { ConfirmedAction } from '../../hooks/use-confirmed-action'
import { organisingApi, type EntryView } from '../../services/organising'
import { useOrganisers } from '../hooks/use-organisers'

type Props = { entry: EntryView; action: ConfirmedAction; onDone: () => void; onCancel: () => void }

/**
 * 指定建会联系人: the officers of the enterprise's town federation and of its area committees, by name under their
 * org, as large choices; 确定 asks first (an area committee's officer moves the row to that committee's list).
 */
export function OrganiserPicker({ entry, action, onDone, onCancel }: Props) {
  const { state, reload } = useOrganisers(entry.townId)
  const [chosen, setChosen] = useState<string | null>(null)
  const groups = state.status === 'ready' ? state.groups : []
  const pick = groups.flatMap((g) => g.officers.map((o) => ({ officer: o, org: g.org }))).find((p) => p.officer.openid === chosen)
  const assign = async () => {
    if (!pick) return
    const { officer, org } = pick
    const moves = org.type === 'area_committee' ? `该企业将列入${org.name}的建会清单。` : ''
    const done = await action.run(
      { title: '指定建会联系人？', content: `由${org.name}的${officer.name}负责联系${entry.name}。${moves}` },
      () => organisingApi.assign(entry.creditCode, officer.openid),
      '已指定联系人',
    )
    if (done) onDone()
  }
  return (
    <View className='org__picker' role='group' aria-label='指定建会联系人'>
      <Text className='org__picker-title'>指定建会联系人</Text>
      <Text className='org__muted'>可选本镇街总工会和各片区工委的工会干部。</Text>
      {state.status === 'loading' && <View className='muted'>正在加载干部名单…</View>}
      {state.status === 'error' && <ErrorNotice error={state.error} onRetry={() => void reload()} />}
      {state.status === 'ready' && !groups.length && (
        <EmptyState title='还没有可指定的干部' hint='本镇街总工会和片区工委还没有干部账号，可在工作台邀请干部加入。' />
      )}
      {groups.length ? (
        <View role='radiogroup' aria-label='选择建会联系人'>
          {groups.map((g) => (
            <View key={g.org.id} className='org__picker-group'>
              <Text className='org__picker-org'>{g.org.name}</Text>
              {g.officers.map((o) => (
                <Choice key={o.openid} title={o.name} on={chosen === o.openid} onClick={() => setChosen(o.openid)}
                  hint={o.openid === entry.organiserOpenid ? '当前联系人' : o.role === 'admin' ? '管理员' : undefined}
                />
              ))}
            </View>
          ))}
        </View>
      ) : null}
      {action.fields.organiserOpenid ? <Text className='org__error'>{action.fields.organiserOpenid}</Text> : null}
      {action.error ? <ErrorNotice error={action.error} /> : null}
      <View className='org__picker-actions'>
        <Button type='primary' size='large' disabled={!pick || action.busy || pick.officer.openid === entry.organiserOpenid} onClick={() => void assign()}>
          {pick ? `指定${pick.officer.name}为联系人` : '请选择联系人'}
        </Button>
        <Button size='large' onClick={onCancel}>取消</Button>
      </View>
    </View>
  )
}
