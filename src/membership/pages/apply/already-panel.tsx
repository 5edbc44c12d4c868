import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { ApplicationView, MemberView } from '../../../../types/membership-views'
import { STATUS_URL, TRANSFER_URL } from '../../hooks/use-apply'

const go = (url: string) => () => void Taro.navigateTo({ url })

/** Instead of the form: the worker is already a member, or already has an application waiting. */
export default function AlreadyPanel({ member, pending }: { member: MemberView | null; pending: ApplicationView | null }) {
  if (member) {
    return (
      <View className='section apply__already'>
        <Text className='section-title'>您已经是工会会员</Text>
        <Text>{member.orgName} · 会员号 {member.memberNo}</Text>
        <Text className='muted'>换了工作单位，请办理会籍转接，不需要重新入会。</Text>
        <View className='apply__buttons'>
          <Button type='primary' size='large' block onClick={go('/membership/pages/card/index')}>电子会员证</Button>
          {member.status === 'active' ? <Button size='large' block onClick={go(TRANSFER_URL)}>会籍转接</Button> : null}
          <Button size='large' block onClick={go(STATUS_URL)}>我的会籍</Button>
        </View>
      </View>
    )
  }
  if (!pending) return null
  return (
    <View className='section apply__already'>
      <Text className='section-title'>您的申请正在审核</Text>
      <Text>由 {pending.assignedOrgName} 审核，须在 {pending.reviewByLabel} 前审核。</Text>
      <View className='apply__buttons'>
        <Button type='primary' size='large' block onClick={go(STATUS_URL)}>查看审核进度</Button>
      </View>
    </View>
  )
}
