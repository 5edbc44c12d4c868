import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import type { PagedState } from '../../hooks/use-paged'
import ErrorNotice from '../error-notice'

type Props = {
  state: PagedState<unknown>
  reload: () => Promise<void>
  loadMore: () => Promise<void>
  /** Shown when the list loaded and is empty. */
  empty: ReactNode
  /** The rows. */
  children: ReactNode
}

/** A `usePaged` list: 正在加载…, a failure with 重试, the empty state, the rows and 加载更多. */
export default function PagedList({ state, reload, loadMore, empty, children }: Props) {
  return (
    <View>
      {state.status === 'loading' ? <View className='section muted'>正在加载…</View> : null}
      {state.error ? <ErrorNotice error={state.error} onRetry={() => void reload()} /> : null}
      {state.status === 'ready' && !state.error && state.items.length === 0 ? empty : null}
      {children}
      {state.next ? (
        <View className='section'>
          <Button block loading={state.status === 'loadingMore'} onClick={() => void loadMore()}>加载更多</Button>
        </View>
      ) : null}
    </View>
  )
}
