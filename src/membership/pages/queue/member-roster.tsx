import { useState } from 'react'
import { View, Text, Textarea } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { MEMBER_STATUS_LABELS } from '../../../../types/membership-labels'
import type { MemberView } from '../../../../types/membership-views'
import EmptyState from '../../../components/empty-state'
import ErrorNotice from '../../../components/error-notice'
import PagedList from '../../../components/paged-list'
import { dateLabel } from '../../components/membership-format'
import { useMemberRoster } from '../../hooks/use-member-roster'

type Roster = ReturnType<typeof useMemberRoster>

const confirm = async (title: string, content: string) =>
  (await Taro.showModal({ title, content, confirmText: '确定', cancelText: '取消' })).confirm

/** One member; 暂停 asks for a reason (the member sees it) and a confirmation, 恢复 a confirmation. */
function MemberRow({ m, roster }: { m: MemberView; roster: Roster }) {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState('')
  const [missing, setMissing] = useState(false)
  const suspend = async () => {
    if (!reason.trim()) return setMissing(true)
    setMissing(false)
    if (!(await confirm('暂停会籍？', `暂停后会员证核验显示“已暂停”，会员会收到通知。原因：${reason.trim()}`))) return
    if (await roster.suspend(m.id, reason.trim())) setOpen(false)
  }
  const reinstate = async () => {
    if (await confirm('恢复会籍？', '恢复后会员证重新有效。')) await roster.reinstate(m.id)
  }
  return (
    <View className='mqueue__item'>
      <View className='mqueue__head'>
        <Text className='mqueue__name'>{m.name}</Text>
        <Text className={`mqueue__status mqueue__status--${m.status}`}>{MEMBER_STATUS_LABELS[m.status]}</Text>
      </View>
      <Text className='mqueue__line'>会员号 {m.memberNo} · {dateLabel(m.since)} 入会</Text>
      {m.statusReason && m.status === 'suspended' ? <Text className='mqueue__line'>暂停原因：{m.statusReason}</Text> : null}
      {m.status === 'active' && !open ? <Button onClick={() => setOpen(true)}>暂停会籍</Button> : null}
      {m.status === 'suspended' ? <Button loading={roster.busy} onClick={() => void reinstate()}>恢复会籍</Button> : null}
      {open ? (
        <View>
          <Textarea className={`mqueue__textarea ${missing ? 'text-input--invalid' : ''}`} value={reason} maxlength={300}
            placeholder='暂停原因（会员能看到）' aria-label='暂停原因' onInput={(e) => setReason(e.detail.value)}
          />
          {missing ? <View className='field-error' role='alert'>请填写暂停原因</View> : null}
          <View className='mqueue__actions'>
            <Button type='primary' loading={roster.busy} onClick={() => void suspend()}>确认暂停</Button>
            <Button onClick={() => setOpen(false)}>取消</Button>
          </View>
        </View>
      ) : null}
    </View>
  )
}

/** 会员名单 of the officer's union, by member number. Names are masked: the roster tells members apart. */
export default function MemberRoster() {
  const roster = useMemberRoster()
  const { state } = roster
  return (
    <View>
      {roster.error ? <ErrorNotice error={roster.error} /> : null}
      <PagedList state={state} reload={roster.reload} loadMore={roster.loadMore} empty={<EmptyState title='本会还没有会员' />}>
        {state.items.map((m) => <MemberRow key={m.id} m={m} roster={roster} />)}
      </PagedList>
    </View>
  )
}
