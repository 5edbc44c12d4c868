import { View, Text } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import AfterSubmitLinks from '../../../components/after-submit'
import EmptyState from '../../../components/empty-state'
import ErrorNotice from '../../../components/error-notice'
import ApplicationCard from '../../components/application-card'
import { useMyMembership } from '../../hooks/use-my-membership'
import MemberSection from './member-section'
import { withTextScale } from '../../../components/text-scale'
import './index.scss'

/** 我的会籍: the current membership (if any) and every application with its review promise and steps. */
function StatusPage() {
  const { id } = useRouter().params
  const { state, reload, loadMore } = useMyMembership()
  if (state.status === 'loading') return <View className='section muted'>正在加载…</View>
  if (state.status === 'error') return <ErrorNotice error={state.error} onRetry={() => void reload()} />
  const { member, applications, next } = state
  if (!member && applications.length === 0) {
    return (
      <EmptyState title='您还没有申请入会' hint='在线填写几项信息就能申请，工会须在 15 个工作日内审核。'>
        <Button type='primary' size='large' onClick={() => void Taro.navigateTo({ url: '/membership/pages/apply/index' })}>我要入会</Button>
      </EmptyState>
    )
  }
  return (
    <View className='mstatus'>
      {member ? <MemberSection member={member} reload={reload} /> : null}
      {applications.length > 0 ? <Text className='mstatus__heading'>我的申请</Text> : null}
      {applications.map((a) => <ApplicationCard key={a.id} application={a} fresh={a.id === id} />)}
      {state.moreError ? <ErrorNotice error={state.moreError} onRetry={() => void loadMore()} /> : null}
      {next ? (
        <View className='section'>
          <Button block loading={state.loadingMore} onClick={() => void loadMore()}>加载更多</Button>
        </View>
      ) : null}
      {id ? <AfterSubmitLinks /> : null /* just sent from the 入会 or 会籍转接 form (or opened from a message) */}
    </View>
  )
}

export default withTextScale(StatusPage)
