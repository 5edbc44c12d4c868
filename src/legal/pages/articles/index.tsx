import { useCallback, useState } from 'react'
import { View, Text, Input } from '@tarojs/components'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import DeskLayout from '../../../components/desk-layout'
import EmptyState from '../../../components/empty-state'
import ErrorNotice from '../../../components/error-notice'
import PagedList from '../../../components/paged-list'
import { useConfirmedAction } from '../../../hooks/use-confirmed-action'
import { usePaged } from '../../../hooks/use-paged'
import { legalApi, legalDeskApi, type Article } from '../../../services/legal'
import { timeLabel } from '../../format'
import ArticleEditor from './editor'
import { withTextScale } from '../../../components/text-scale'
import '../../legal.scss'
import '../../desk.scss'

/** 知识库文章 (town and city admins): the published articles and answers, new, edit, 下架. */
function ArticlesPage() {
  const [typed, setTyped] = useState('')
  const [q, setQ] = useState('')
  const [editing, setEditing] = useState<Article | 'new' | null>(null)
  const fetchPage = useCallback((cursor?: string) => legalApi.search({ ...(q ? { q } : {}), ...(cursor ? { cursor } : {}) }), [q])
  const { state, reload, loadMore } = usePaged(fetchPage)
  const unpublish = useConfirmedAction(reload)
  if (editing) {
    const done = async () => {
      setEditing(null)
      await reload()
    }
    return (
      <DeskLayout active='legal-articles'>
        <View className='legal ldesk'><ArticleEditor article={editing === 'new' ? null : editing} onDone={done} onCancel={() => setEditing(null)} /></View>
      </DeskLayout>
    )
  }
  return (
    <DeskLayout active='legal-articles'>
      <View className='legal ldesk'>
        <View className='section'>
          <Button type='primary' size='large' block onClick={() => setEditing('new')}>写一篇普法文章</Button>
          <View className='legal__row'>
            <Input className='text-input ldesk__input' value={typed} maxlength={50} placeholder='搜索标题或正文' aria-label='搜索文章' confirmType='search'
              onInput={(e) => setTyped(e.detail.value)} onConfirm={() => setQ(typed.trim())}
            />
            <Button onClick={() => setQ(typed.trim())}>搜索</Button>
          </View>
          <Text className='muted'>下架的文章不再出现在搜索里；修改后重新保存即可再次发布。</Text>
        </View>
        {unpublish.error ? <ErrorNotice error={unpublish.error} /> : null}
        <PagedList state={state} reload={reload} loadMore={loadMore} empty={<EmptyState title='没有已发布的文章' />}>
          <View className='ldesk__list'>
            {state.items.map((a) => (
              <View key={a.id} className='ldesk__row'>
                <Text className='ldesk__title'>{a.title}</Text>
                <Text className='muted'>{a.categoryLabel} · {a.source === 'consultation' ? '律师答复' : '普法文章'} · {timeLabel(a.updatedAt)} 更新</Text>
                <View className='legal__row'>
                  <Button onClick={() => setEditing(a)}>修改</Button>
                  <Button loading={unpublish.busy} onClick={() => void unpublish.run(
                    { title: '下架这篇文章？', content: `“${a.title}”将不再出现在法律知识搜索里。` }, () => legalDeskApi.articleUnpublish(a.id), '已下架')}
                  >
                    下架
                  </Button>
                </View>
              </View>
            ))}
          </View>
        </PagedList>
      </View>
    </DeskLayout>
  )
}

export default withTextScale(ArticlesPage)
