import { useCallback } from 'react'
import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { LEGAL_CATEGORY_LABELS } from '../../../../types/legal-labels'
import EmptyState from '../../../components/empty-state'
import PagedList from '../../../components/paged-list'
import { usePaged } from '../../../hooks/use-paged'
import { useShownAgain } from '../../../hooks/use-shown-again'
import { legalAidApi } from '../../../services/legal'
import { decideByText } from '../../desk-format'
import { timeLabel } from '../../format'
import { LEGAL } from '../../links'
import { withTextScale } from '../../../components/text-scale'
import '../../legal.scss'
import '../../desk.scss'

/** 我的援助申请: newest first, each with its status and, while under review, the decide-by date. */
function AidMinePage() {
  const fetchPage = useCallback((after?: string) => legalAidApi.mine(after), [])
  const { state, reload, loadMore } = usePaged(fetchPage)
  useShownAgain(() => void reload())
  const apply = () => void Taro.navigateTo({ url: LEGAL.aid })
  return (
    <View className='legal'>
      <PagedList state={state} reload={reload} loadMore={loadMore}
        empty={<EmptyState title='还没有援助申请' hint='需要工会律师代写文书、调解或代理仲裁，可以申请法律援助。'><Button type='primary' size='large' block onClick={apply}>申请法律援助</Button></EmptyState>}
      >
        {state.items.map((a) => (
          <View key={a.id} className='ldesk__row' role='button' onClick={() => void Taro.navigateTo({ url: `${LEGAL.aidCase}?id=${encodeURIComponent(a.id)}` })}>
            <View className='ldesk__head'>
              <Text className='ldesk__title'>{LEGAL_CATEGORY_LABELS[a.category]}</Text>
              <Text className='ldesk__status'>{a.statusLabel}</Text>
            </View>
            <Text className='muted'>{timeLabel(a.createdAt)} 提交{a.enterpriseName ? ` · ${a.enterpriseName}` : ''}</Text>
            {a.decideByLabel ? <Text className='ldesk__due'>{decideByText(a.decideByLabel)}</Text> : null}
            {a.status === 'awaiting_material' ? <Text className='ldesk__due ldesk__due--late'>工会需要您补充材料</Text> : null}
          </View>
        ))}
      </PagedList>
    </View>
  )
}

export default withTextScale(AidMinePage)
