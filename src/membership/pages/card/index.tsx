import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import { MEMBER_STATUS_LABELS } from '../../../../types/membership-labels'
import type { CardTokenView } from '../../../../types/membership-views'
import EmptyState from '../../../components/empty-state'
import ErrorNotice from '../../../components/error-notice'
import CardQr from '../../components/card-qr'
import { dateLabel } from '../../components/membership-format'
import { useCardToken } from '../../hooks/use-card-token'
import { withTextScale } from '../../../components/text-scale'
import './index.scss'

function CardFace({ card }: { card: CardTokenView['card'] }) {
  return (
    <View className={`member-card member-card--${card.status}`}>
      <Text className='member-card__brand'>工会会员证</Text>
      <Text className='member-card__org'>{card.orgName}</Text>
      <View className='member-card__row'>
        <Text className='member-card__name'>{card.name}</Text>
        <Text className='member-card__status'>{MEMBER_STATUS_LABELS[card.status]}</Text>
      </View>
      <Text className='member-card__label'>会员号</Text>
      <Text className='member-card__no'>{card.memberNo}</Text>
      <Text className='member-card__since'>入会日期：{dateLabel(card.since)}</Text>
    </View>
  )
}

/** The e-member card: who, which union, and a signed QR that rotates before it expires (a screenshot is useless). */
function CardPage() {
  const { state, secondsLeft, refresh } = useCardToken()
  if (state.status === 'loading') return <View className='section muted'>正在加载会员证…</View>
  if (state.status === 'error') {
    if (state.error.code === 'MEMBERSHIP.NOT_MEMBER') {
      return (
        // card.token answers NOT_MEMBER for someone who never joined and for someone who has left.
        <EmptyState title='没有有效的会员证' hint='您还不是工会会员，或已经退会。入会申请通过后，这里会显示电子会员证。'>
          <Button type='primary' onClick={() => void Taro.navigateTo({ url: '/membership/pages/apply/index' })}>申请入会</Button>
        </EmptyState>
      )
    }
    return <ErrorNotice error={state.error} onRetry={() => void refresh()} />
  }
  const { view, refreshError } = state
  const { status } = view.card
  return (
    <View className='card-page'>
      <CardFace card={view.card} />
      {status === 'left' ? (
        <View className='section card-page__notice card-page__notice--left' role='alert'>
          您已退会，会员证已失效，不再显示二维码。如需重新入会，请重新申请。
        </View>
      ) : (
        <View className='section card-page__qr'>
          {status === 'suspended' ? (
            <View className='card-page__notice' role='alert'>会籍已暂停：核验时显示“已暂停”。如有疑问请联系所在工会。</View>
          ) : null}
          <CardQr token={view.token} expired={secondsLeft === 0} />
          <Text className='card-page__countdown'>{secondsLeft > 0 ? `${secondsLeft} 秒后失效，会自动更新` : '二维码已失效'}</Text>
          <Text className='card-page__warn'>截图无效：二维码每分钟更新</Text>
          {refreshError ? <ErrorNotice error={refreshError} onRetry={() => void refresh()} /> : null}
        </View>
      )}
    </View>
  )
}

export default withTextScale(CardPage)
