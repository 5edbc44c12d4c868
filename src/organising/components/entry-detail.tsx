import { useCallback, useEffect, useState } from 'react'
import { View, Text, Button, Input, Textarea, Picker } from '@tarojs/components'
import { ORGANISING_STATUS_LABELS, ORGANISING_STATUSES, type OrganisingStatus } from '../../../types/organising-labels'
import ErrorNotice from '../../components/error-notice'
import type { ErrorBody } from '../../../types/envelope'
import { useConfirmedAction } from '../../hooks/use-confirmed-action'
import { organisingApi, type EntryView } from '../../services/organising'
import { OrganiserPicker } from './organiser-picker'

const day = (iso: string) => iso.slice(0, 10)

/**
 * One enterprise of the list: its notes, a status change with a dated note and the next contact day, and the
 * organiser (the officer may take it on). 已建会 names the new union, 已纳入联合工会 the joint union's id: both update
 * the directory and take the row off the list. An admin (who may list the officers) picks the organiser by name.
 */
export function EntryDetail({ creditCode, openid, admin = false, onChanged }: { creditCode: string; openid: string | null; admin?: boolean; onChanged?: () => void }) {
  const [entry, setEntry] = useState<EntryView | null>(null)
  const [error, setError] = useState<ErrorBody | null>(null)
  const [status, setStatus] = useState<OrganisingStatus>('contacted')
  const [note, setNote] = useState('')
  const [next, setNext] = useState('')
  const [unionName, setUnionName] = useState('')
  const [jointUnionId, setJointUnionId] = useState('')
  const [saved, setSaved] = useState('')
  const [picking, setPicking] = useState(false)
  const load = useCallback(async () => {
    const res = await organisingApi.get(creditCode)
    if (res.ok) setEntry(res.data)
    else setError(res.error)
  }, [creditCode])
  useEffect(() => {
    void load()
  }, [load])
  // After an assignment: the row (and the list beside it) show the new organiser.
  const assigned = useCallback(async () => {
    onChanged?.()
    await load()
  }, [load, onChanged])
  const organiser = useConfirmedAction(assigned)
  if (error && !entry) return <ErrorNotice error={error} onRetry={() => void load()} />
  if (!entry) return <View className='section muted'>正在加载…</View>
  const save = async () => {
    const res = await organisingApi.update({
      creditCode, status, note, ...(next ? { nextContact: next } : {}),
      ...(status === 'union_founded' && unionName ? { unionName } : {}), ...(status === 'joined_joint_union' && jointUnionId ? { jointUnionId } : {}),
    })
    if (!res.ok) return setError(res.error)
    setError(null)
    setNote('')
    setSaved(res.data.covered ? '已更新单位目录，该企业已移出建会清单' : '已保存')
    onChanged?.()
    await load()
  }
  const takeOn = async () => {
    if (openid) await organiser.run(null, () => organisingApi.assign(creditCode, openid), '已由您负责联系')
  }
  return (
    <View className='org__detail'>
      <Text className='section-title'>{entry.name}</Text>
      <Text className='org__muted'>{entry.creditCode} · 参保 {entry.insured} 人{entry.month ? `（${entry.month}）` : ''} · {entry.inDirectory ? '已入库' : '未入库'}</Text>
      <Text>状态：{ORGANISING_STATUS_LABELS[entry.status]} · 联系人：{entry.organiserName ?? '未指定'}{entry.nextContact ? ` · 下次联系 ${entry.nextContact}` : ''}</Text>
      {!picking && (
        <View className='org__picker-actions'>
          {openid && entry.organiserOpenid !== openid && <Button disabled={organiser.busy} onClick={() => void takeOn()}>由我负责联系</Button>}
          {admin && <Button onClick={() => setPicking(true)}>{entry.organiserOpenid ? '更换联系人' : '指定联系人'}</Button>}
        </View>
      )}
      {!picking && organiser.error ? <ErrorNotice error={organiser.error} /> : null}
      {!picking && organiser.fields.organiserOpenid ? <Text className='org__error'>{organiser.fields.organiserOpenid}</Text> : null}
      {picking && <OrganiserPicker entry={entry} action={organiser} onDone={() => setPicking(false)} onCancel={() => setPicking(false)} />}
      <View>
        {entry.notes.map((n, i) => (
          <View key={i} className='org__note'>
            <Text className='org__muted'>{day(n.at)} {n.byName ?? ''} · {ORGANISING_STATUS_LABELS[n.status]}</Text>
            <Text>{n.text}</Text>
          </View>
        ))}
      </View>
      {!entry.covered && (
        <View className='org__detail'>
          <Picker mode='selector' range={ORGANISING_STATUSES.map((s) => ORGANISING_STATUS_LABELS[s])} value={ORGANISING_STATUSES.indexOf(status)}
            onChange={(e) => setStatus(ORGANISING_STATUSES[Number(e.detail.value)])}
          >
            <View className='org__field'>新状态：{ORGANISING_STATUS_LABELS[status]}</View>
          </Picker>
          {status === 'union_founded' && <Input className='org__field' placeholder='新建企业工会名称' value={unionName} onInput={(e) => setUnionName(e.detail.value)} />}
          {status === 'joined_joint_union' && <Input className='org__field' placeholder='联合工会编号' value={jointUnionId} onInput={(e) => setJointUnionId(e.detail.value)} />}
          <Textarea className='org__field' placeholder='情况记录（必填）' value={note} onInput={(e) => setNote(e.detail.value)} />
          <Picker mode='date' value={next} onChange={(e) => setNext(String(e.detail.value))}>
            <View className='org__field'>下次联系：{next || '不设提醒'}</View>
          </Picker>
          {error && <Text className='org__error'>{error.message}</Text>}
          {saved && <View role='status'><Text>{saved}</Text></View>}
          <Button type='primary' disabled={!note.trim()} onClick={() => void save()}>保存进展</Button>
        </View>
      )}
    </View>
  )
}
