import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Cell from '@nutui/nutui-react-taro/dist/es/packages/cell/index'
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/css'
import EmptyState from '../../../components/empty-state'
import ErrorNotice from '../../../components/error-notice'
import { useMe } from '../../../hooks/use-me'
import { ROLE_LABELS, orgTypeLabel } from '../../../services/labels'
import InviteForm from './invite-form'
import LegalEntries from './legal-entries'
import MutualAidEntries from './mutual-aid-entries'
import RadarEntries from './radar-entries'
import ArrearsEntries from './arrears-entries'
import OrganisingEntries from './organising-entries'
import './index.scss'
import DeskLayout from '../../../components/desk-layout'
import { withTextScale } from '../../../components/text-scale'

/** What an officer can do today: each capability's queues and tools. */
function Workbench() {
  const { state, reload } = useMe()
  if (state.status === 'loading') return <View className='section muted'>正在加载…</View>
  if (state.status === 'error') return <ErrorNotice error={state.error} onRetry={() => void reload()} />
  const { officer } = state.me
  if (!officer) {
    return <EmptyState title='工作台仅对工会干部开放' hint='如您是工会干部，请在“我的”页面填写邀请码。' />
  }
  return (
    <View className='workbench'>
      <View className='section'>
        <Text className='workbench__org'>{officer.org.name}</Text>
        <Text className='muted'>
          {officer.name} · {orgTypeLabel(officer.org)} · {ROLE_LABELS[officer.role]}
        </Text>
      </View>
      <View className='workbench__entries'>
        <Cell title='工作看板' description='本级及下属工会的诉求、入会、咨询、互助数字和每月趋势' extra='›' clickable onClick={() => void Taro.navigateTo({ url: '/dashboard/pages/index/index' })} />
        <Cell title='维权诉求' description='待受理、办理中、超时和督办的诉求' extra='›' clickable onClick={() => void Taro.navigateTo({ url: '/grievance/pages/queue/index' })} />
        <Cell title='入会审核' description='入会和会籍转接申请、会员名单' extra='›' clickable onClick={() => void Taro.navigateTo({ url: '/membership/pages/queue/index' })} />
        <Cell title='会员证核验' description='扫码或粘贴，核验电子会员证' extra='›' clickable onClick={() => void Taro.navigateTo({ url: '/membership/pages/verify/index' })} />
        <Cell title='诉求统计' description='受理、办结、满意率，可导出 CSV' extra='›' clickable onClick={() => void Taro.navigateTo({ url: '/grievance/pages/stats/index' })} />
        <Cell title='单位目录' description='查询企业及其所属工会' extra='›' clickable onClick={() => void Taro.navigateTo({ url: '/directory/pages/search/index' })} />
        <Cell title='本级组织' description='查看本组织及下属工会' extra='›' clickable onClick={() => void Taro.navigateTo({ url: `/directory/pages/org/index?id=${encodeURIComponent(officer.orgId)}` })} />
        <Cell title='电脑端登录' description='扫码在电脑上登录工作台，查看和退出已登录的电脑' extra='›' clickable onClick={() => void Taro.navigateTo({ url: '/account/pages/desktops/index' })} />
      </View>
      <LegalEntries officer={officer} />
      <MutualAidEntries officer={officer} />
      <ArrearsEntries officer={officer} />
      <RadarEntries officer={officer} />
      <OrganisingEntries officer={officer} />
      {officer.role === 'admin' ? <InviteForm officer={officer} /> : null}
    </View>
  )
}

/** On a desk, beside the officer's navigation; on a phone, the page itself. */
function WorkbenchPage() {
  return (
    <DeskLayout active='home'>
      <Workbench />
    </DeskLayout>
  )
}

export default withTextScale(WorkbenchPage)
