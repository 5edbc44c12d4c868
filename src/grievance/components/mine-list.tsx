import { View, Text } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import EmptyState from '../../components/empty-state'
import ErrorNotice from '../../components/error-notice'
import type { MineItem } from '../../services/grievance'
import type { PagedState } from '../../hooks/use-paged'
import CaseItem from './case-item'

export const REPORT_URL = '/grievance/pages/report/index'
export const RECEIPT_URL = '/grievance/pages/receipt/index'

type Props = { state: PagedState<MineItem>; reload: () => void; loadMore: () => void }

/** 我的诉求 with its loading, empty and error states; shared by the 办事 tab and the 我的诉求 page. */
export default function MineList({ state, reload, loadMore }: Props) {
  if (state.status === 'loading') return <View className='section muted'>正在加载…</View>
  if (state.error && state.items.length === 0) return <ErrorNotice error={state.error} onRetry={reload} />
  if (state.items.length === 0) {
    return (
      <EmptyState title='您还没有反映过问题' hint='遇到欠薪、社保、安全等问题，点上面的“我要维权”告诉工会，工会须按时受理。' />
    )
  }
  return (
    <View>
      {state.items.map((item) => <CaseItem key={item.id} item={item} />)}
      {state.error ? <ErrorNotice error={state.error} onRetry={loadMore} /> : null}
      {state.next ? (
        <View className='section'>
          <Button block loading={state.status === 'loadingMore'} onClick={loadMore}>加载更多</Button>
        </View>
      ) : (
        <Text className='muted mine-list__end'>没有更多了</Text>
      )}
    </View>
  )
}
