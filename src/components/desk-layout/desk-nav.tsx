import { View, Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useMe } from '../../hooks/use-me'
import { DESK_NAV, type DeskSection } from './nav'

/**
 * The left navigation: the officer's org and their work. Nothing for a caller who is not an officer (a worker
 * opening their own case on a computer). Going elsewhere replaces the page, so the history does not pile up.
 */
export default function DeskNav({ active }: { active: DeskSection }) {
  const { state } = useMe()
  const officer = state.status === 'ready' ? state.me.officer : null
  if (state.status === 'ready' && !officer) return null
  return (
    <View className='desk__nav' role='navigation' aria-label='工作台导航'>
      <Text className='desk__brand'>工会工作台</Text>
      {officer ? <Text className='desk__org'>{officer.org.name}</Text> : null}
      {DESK_NAV.map((item) => (
        <View key={item.key} className={`desk__link ${item.key === active ? 'desk__link--on' : ''}`}
          aria-current={item.key === active ? 'page' : undefined}
          onClick={() => void (item.key === active ? null : Taro.redirectTo({ url: item.url }))}
        >
          {item.title}
        </View>
      ))}
    </View>
  )
}
