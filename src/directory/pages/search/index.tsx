import { useState } from 'react'
import { View, Text, Input, ScrollView } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import EmptyState from '../../../components/empty-state'
import ErrorNotice from '../../../components/error-notice'
import { useEnterpriseSearch } from '../../../hooks/use-enterprise-search'
import { useTowns } from '../../../hooks/use-towns'
import EnterpriseItem from './enterprise-item'
import { withTextScale } from '../../../components/text-scale'
import './index.scss'

function DirectorySearch() {
  const towns = useTowns()
  const { state, search, loadMore, retry } = useEnterpriseSearch()
  const [q, setQ] = useState('')
  const [townId, setTownId] = useState<string | undefined>(undefined)
  const submit = (nextTown = townId) => void search(q, nextTown)
  const pickTown = (id: string | undefined) => {
    setTownId(id)
    if (state.status !== 'idle') submit(id)
  }
  const townName = (id: string) => towns.find((t) => t.id === id)?.name
  const otherFieldErrors = Object.entries(state.fields).filter(([key]) => key !== 'q')

  return (
    <View className='search'>
      <View className='search__bar'>
        <Input
          className={`text-input search__input ${state.fields.q ? 'text-input--invalid' : ''}`}
          value={q}
          placeholder='单位名称或统一社会信用代码'
          confirmType='search'
          aria-label='单位名称或统一社会信用代码'
          onInput={(e) => setQ(e.detail.value)}
          onConfirm={() => submit()}
        />
        <Button type='primary' className='search__button' onClick={() => submit()}>
          搜索
        </Button>
      </View>
      {state.fields.q ? <Text className='field-error search__field-error'>{state.fields.q}</Text> : null}

      {towns.length > 0 ? (
        <ScrollView scrollX className='search__towns'>
          {[{ id: undefined, name: '全部镇街' }, ...towns].map((t) => (
            <View
              key={t.id ?? 'all'}
              className={`search__town ${t.id === townId ? 'search__town--on' : ''}`}
              onClick={() => pickTown(t.id)}
            >
              {t.name}
            </View>
          ))}
        </ScrollView>
      ) : null}
      {otherFieldErrors.map(([key, message]) => (
        <Text key={key} className='field-error search__field-error'>{message}</Text>
      ))}

      {state.error ? <ErrorNotice error={state.error} onRetry={() => void retry()} /> : null}
      {state.status === 'loading' ? <View className='search__status muted'>正在查询…</View> : null}
      {state.status === 'idle' ? (
        <EmptyState title='查询单位所属工会' hint='输入单位名称（至少 2 个字）或 18 位统一社会信用代码。' />
      ) : null}
      {state.status === 'done' && !state.error && !Object.keys(state.fields).length && state.items.length === 0 ? (
        <EmptyState title='没有找到符合条件的单位' hint='请检查名称是否有误，或换个关键词、换个镇街再试。' />
      ) : null}

      <View className='search__list'>
        {state.items.map((e) => (
          <EnterpriseItem key={e.id} enterprise={e} townName={townName(e.townId)} />
        ))}
      </View>
      {state.next ? (
        <View className='search__more'>
          <Button block loading={state.status === 'loadingMore'} onClick={() => void loadMore()}>
            加载更多
          </Button>
        </View>
      ) : null}
    </View>
  )
}

export default withTextScale(DirectorySearch)
