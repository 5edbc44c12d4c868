import { useCallback } from 'react'
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import EmptyState from '../../../components/empty-state'
import PagedList from '../../../components/paged-list'
import { usePaged } from '../../../hooks/use-paged'
import { useShownAgain } from '../../../hooks/use-shown-again'
import { legalApi } from '../../../services/legal'
import { timeLabel } from '../../format'
import { LEGAL } from '../../links'
import { withTextScale } from '../../../components/text-scale'
import '../../legal.scss'
import './index.scss'

/** 我的咨询: newest first, named and anonymous alike (only this account sees the list). */
function MinePage() {
  const fetchPage = useCallback((after?: string) => legalApi.mine(after), [])
  const { state, reload, loadMore } = usePaged(fetchPage)
  useShownAgain(() => void reload())
  const ask = () => void Taro.navigateTo({ url: LEGAL.ask })
  return (
    <View className='legal'>
      <PagedList state={state} reload={reload} loadMore={loadMore}
        empty={<EmptyState title='还没有咨询' hint='有劳动方面的法律问题，可以免费问工会律师。'><Button type='primary' size='large' block onClick={ask}>问律师</Button></EmptyState>}
      >
        {state.items.map((c) => (
          <View key={c.id} className='section mine__row' onClick={() => void Taro.navigateTo({ url: `${LEGAL.consultation}?id=${encodeURIComponent(c.id)}` })}>
            <Text className='mine__title'>{c.categoryLabel}{c.privacy === 'anonymous' ? '（匿名）' : ''}</Text>
            <Text className='mine__status'>{c.statusLabel}{c.supervised ? ' · 督办中' : ''}{c.status === 'answered' && !c.rated ? ' · 待评价' : ''}</Text>
            <Text className='muted'>{timeLabel(c.createdAt)} 提问{c.answerByLabel ? ` · ${c.answerByLabel}` : ''}</Text>
          </View>
        ))}
      </PagedList>
      {state.items.length > 0 ? (
        <View className='legal__actions'><Button type='primary' size='large' block onClick={ask}>再问一个问题</Button></View>
      ) : null}
    </View>
  )
}

export default withTextScale(MinePage)
