import { useCallback, useState } from 'react'
import { View, Text, Input } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { LEGAL_CATEGORIES, LEGAL_CATEGORY_LABELS, type LegalCategory } from '../../../../types/legal-labels'
import Choice from '../../../components/choice'
import EmptyState from '../../../components/empty-state'
import PagedList from '../../../components/paged-list'
import { usePaged } from '../../../hooks/use-paged'
import { legalApi, type Article } from '../../../services/legal'
import ArticleView from './article-view'
import { withTextScale } from '../../../components/text-scale'
import '../../legal.scss'
import './index.scss'

/** 法律知识: published lawyers' answers and articles, searchable without signing in; newest first. */
function KnowledgePage() {
  const [typed, setTyped] = useState('')
  const [query, setQuery] = useState<{ q: string; category: LegalCategory | null }>({ q: '', category: null })
  const [reading, setReading] = useState<Article | null>(null)
  const fetchPage = useCallback(
    (cursor?: string) => legalApi.search({ ...(query.q ? { q: query.q } : {}), ...(query.category ? { category: query.category } : {}), ...(cursor ? { cursor } : {}) }),
    [query],
  )
  const { state, reload, loadMore } = usePaged(fetchPage)
  const search = () => setQuery((q) => ({ ...q, q: typed.trim().slice(0, 50) }))

  if (reading) return <ArticleView article={reading} onBack={() => setReading(null)} />
  return (
    <View className='legal'>
      <View className='section'>
        <View className='kb__search'>
          <Input className='text-input' value={typed} maxlength={50} placeholder='比如：加班费、经济补偿、工伤' aria-label='搜索法律知识' confirmType='search'
            onInput={(e) => setTyped(e.detail.value)} onConfirm={search}
          />
          <Button type='primary' size='large' onClick={search}>搜索</Button>
        </View>
        <View className='legal__row'>
          <Choice compact title='全部' on={query.category === null} onClick={() => setQuery((q) => ({ ...q, category: null }))} />
          {LEGAL_CATEGORIES.map((c) => (
            <Choice key={c} compact title={LEGAL_CATEGORY_LABELS[c]} on={query.category === c} onClick={() => setQuery((q) => ({ ...q, category: c }))} />
          ))}
        </View>
      </View>
      <PagedList state={state} reload={reload} loadMore={loadMore}
        empty={<EmptyState title={query.q ? `没有找到“${query.q}”相关的内容` : '还没有内容'} hint='换个说法试试，比如少写几个字；或者直接问律师。' />}
      >
        {state.items.map((a) => (
          <View key={a.id} className='section kb__row' role='button' onClick={() => setReading(a)}>
            <Text className='kb__title'>{a.title}</Text>
            <Text className='muted'>{a.categoryLabel} · {a.source === 'consultation' ? '律师答复' : '普法文章'}</Text>
          </View>
        ))}
      </PagedList>
    </View>
  )
}

export default withTextScale(KnowledgePage)
