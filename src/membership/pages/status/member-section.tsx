import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { MEMBER_STATUS_LABELS } from '../../../../types/membership-labels'
import type { MemberView } from '../../../../types/membership-views'
import ErrorNotice from '../../../components/error-notice'
import { dateLabel } from '../../components/membership-format'
import MembershipTimeline from '../../components/membership-timeline'
import { TRANSFER_URL } from '../../hooks/use-apply'
import { useLeave } from '../../hooks/use-leave'

const go = (url: string) => () => void Taro.navigateTo({ url })

/** The current membership: number, union, since when, status; the card, 会籍转接 and 退会 from here. */
export default function MemberSection({ member, reload }: { member: MemberView; reload: () => Promise<void> }) {
  const { busy, error, leave } = useLeave(reload)
  const rows: [string, string][] = [
    ['会员号', member.memberNo],
    ['所在工会', member.orgName],
    ['入会日期', dateLabel(member.since)],
    ['会籍状态', MEMBER_STATUS_LABELS[member.status] ?? member.status],
  ]
  if (member.statusReason) rows.push(['原因', member.statusReason])
  return (
    <View className='section mstatus__member'>
      <Text className='section-title'>我的会籍</Text>
      {rows.map(([label, value]) => (
        <View key={label} className='mstatus__kv'>
          <Text className='mstatus__k'>{label}</Text>
          <Text className={`mstatus__v ${label === '会籍状态' ? `mstatus__v--${member.status}` : ''}`}>{value}</Text>
        </View>
      ))}
      {member.status === 'left' ? (
        <View className='mstatus__buttons'>
          <Button type='primary' size='large' block onClick={go('/membership/pages/apply/index')}>重新申请入会</Button>
        </View>
      ) : (
        <View className='mstatus__buttons'>
          <Button type='primary' size='large' block onClick={go('/membership/pages/card/index')}>电子会员证</Button>
          {member.status === 'active' ? <Button size='large' block onClick={go(TRANSFER_URL)}>会籍转接（换了工作单位）</Button> : null}
          <Button size='large' block loading={busy} disabled={busy} onClick={() => void leave(member.orgName)}>退会</Button>
        </View>
      )}
      {error ? <ErrorNotice error={error} /> : null}
      {member.history.length > 0 ? (
        <View>
          <Text className='mstatus__steps'>会籍记录</Text>
          <MembershipTimeline history={member.history} names={{ [member.orgId]: member.orgName }} />
        </View>
      ) : null}
    </View>
  )
}
